// Whether the browser keeps this app's data safe from automatic clean-up, and how much is used.
// Asks for persistent storage once, on first use. A browser may tell nothing: the report says so.

/** What Settings shows about the data on this device. */
export interface StorageReport {
  /** True when the browser promised not to clear the data by itself. */
  isPersisted: boolean;
  /** False when the browser does not tell whether it keeps the data safe. */
  isPersistKnown: boolean;
  /** True when the browser can be asked to keep the data safe. */
  canAskToKeep: boolean;
  /** Bytes used by this app, when the browser tells. */
  usage?: number;
  /** Bytes this app may use, when the browser tells. */
  quota?: number;
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Asks the browser to keep the data safe; returns whether it now is. */
export async function requestPersistence(): Promise<boolean> {
  const storage = manager();
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

async function readPersisted(storage: StorageManager): Promise<boolean | undefined> {
  if (typeof storage.persisted !== 'function') return undefined;
  try {
    return await storage.persisted();
  } catch {
    return undefined;
  }
}

async function readEstimate(storage: StorageManager): Promise<StorageEstimate | undefined> {
  if (typeof storage.estimate !== 'function') return undefined;
  try {
    return await storage.estimate();
  } catch {
    return undefined;
  }
}

/** Reads whether data is kept safe and how much space it uses, as far as the browser tells. */
export async function readStorageReport(): Promise<StorageReport> {
  const storage = manager();
  if (!storage) return { isPersisted: false, isPersistKnown: false, canAskToKeep: false };
  const [persisted, estimate] = await Promise.all([readPersisted(storage), readEstimate(storage)]);
  return {
    isPersisted: persisted === true,
    isPersistKnown: persisted !== undefined,
    canAskToKeep: typeof storage.persist === 'function',
    usage: estimate?.usage,
    quota: estimate?.quota,
  };
}

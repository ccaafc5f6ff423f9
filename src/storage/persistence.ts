// Whether the browser keeps this app's data safe from automatic clean-up, and how much is used.
// Asks for persistent storage once, on first use.

/** What Settings shows about the data on this device. */
export interface StorageReport {
  /** True when the browser promised not to clear the data by itself. */
  isPersisted: boolean;
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

/** Reads whether data is kept safe and how much space it uses. */
export async function readStorageReport(): Promise<StorageReport> {
  const storage = manager();
  if (!storage) return { isPersisted: false };
  const [isPersisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => false) : Promise.resolve(false),
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { isPersisted, usage: estimate?.usage, quota: estimate?.quota };
}

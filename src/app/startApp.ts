// Everything that must happen before the first screen: open the database, pick the language,
// start the service worker, and ask once for storage the browser will not clear.
import { toLanguage, type Language } from '../domain/languages';
import { registerServiceWorker } from '../pwa';
import { lookOf } from '../domain/preferences';
import {
  getDeviceSettings,
  getPerson,
  onDatabaseEvent,
  openDatabase,
  requestPersistence,
  updateDeviceSettings,
  type DatabaseStatus,
  type ReadOnlyReason,
} from '../storage';
import { browserLanguage, startI18n } from './i18n';
import { applyLook } from '../ui/applyLook';
import { parseRoute, personIdOf } from './routes';

/** What the app found at start. */
export interface StartResult {
  isReadOnly: boolean;
  /** Why the data can only be read: made by a newer My Plan, or this one could not upgrade it. */
  readOnlyReason?: ReadOnlyReason;
  /** True when the database could not be opened at all (e.g. storage blocked by the browser). */
  isStorageMissing: boolean;
}

async function askPersistenceOnce(askedAt: number | undefined): Promise<void> {
  if (askedAt) return;
  await requestPersistence();
  await updateDeviceSettings({ persistAskedAt: Date.now() });
}

/**
 * Opens the database, or gives up waiting as soon as another window blocks it (undefined): the
 * app then shows at once and asks to close the other window; its reads wait for the data.
 */
async function openOrBlocked(): Promise<DatabaseStatus | undefined> {
  let stop: () => void = () => undefined;
  const blocked = new Promise<undefined>((resolve) => {
    stop = onDatabaseEvent((state) => {
      if (state === 'blocked') resolve(undefined);
    });
  });
  try {
    return await Promise.race([openDatabase(), blocked]);
  } finally {
    stop();
  }
}

/** Starts the app; never rejects, so the first screen can always explain what went wrong. */
export async function startApp(): Promise<StartResult> {
  registerServiceWorker();
  let language: Language = browserLanguage();
  try {
    const status = await openOrBlocked();
    if (!status) {
      await startI18n(language);
      return { isReadOnly: false, isStorageMissing: false };
    }
    const settings = await getDeviceSettings();
    language = toLanguage(settings.language) ?? language;
    // The shown person's look before the first paint, so text never jumps to its size later.
    const personId = personIdOf(parseRoute(window.location.hash));
    const person = personId ? await getPerson(personId).catch(() => undefined) : undefined;
    applyLook(lookOf(person?.preferences, settings.theme));
    await startI18n(language);
    if (!status.isReadOnly) void askPersistenceOnce(settings.persistAskedAt).catch(() => undefined);
    const { isReadOnly, readOnlyReason } = status;
    return { isReadOnly, ...(readOnlyReason ? { readOnlyReason } : {}), isStorageMissing: false };
  } catch {
    await startI18n(language);
    return { isReadOnly: false, isStorageMissing: true };
  }
}

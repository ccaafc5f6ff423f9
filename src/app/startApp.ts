// Everything that must happen before the first screen: open the database, pick the language,
// start the service worker, and ask once for storage the browser will not clear.
import { toLanguage, type Language } from '../domain/languages';
import { registerServiceWorker } from '../pwa';
import { lookOf } from '../domain/preferences';
import {
  getDeviceSettings,
  getPerson,
  openDatabase,
  requestPersistence,
  updateDeviceSettings,
} from '../storage';
import { browserLanguage, startI18n } from './i18n';
import { applyLook } from '../ui/applyLook';
import { parseRoute, personIdOf } from './routes';

/** What the app found at start. */
export interface StartResult {
  isReadOnly: boolean;
  /** True when the database could not be opened at all (e.g. storage blocked by the browser). */
  isStorageMissing: boolean;
}

async function askPersistenceOnce(askedAt: number | undefined): Promise<void> {
  if (askedAt) return;
  await requestPersistence();
  await updateDeviceSettings({ persistAskedAt: Date.now() });
}

/** Starts the app; never rejects, so the first screen can always explain what went wrong. */
export async function startApp(): Promise<StartResult> {
  registerServiceWorker();
  let language: Language = browserLanguage();
  try {
    const status = await openDatabase();
    const settings = await getDeviceSettings();
    language = toLanguage(settings.language) ?? language;
    // The shown person's look before the first paint, so text never jumps to its size later.
    const personId = personIdOf(parseRoute(window.location.hash));
    const person = personId ? await getPerson(personId).catch(() => undefined) : undefined;
    applyLook(lookOf(person?.preferences, settings.theme));
    await startI18n(language);
    if (!status.isReadOnly) void askPersistenceOnce(settings.persistAskedAt).catch(() => undefined);
    return { isReadOnly: status.isReadOnly, isStorageMissing: false };
  } catch {
    await startI18n(language);
    return { isReadOnly: false, isStorageMissing: true };
  }
}

// Settings of this device (language, theme, "Not now" of the copy reminder), kept in the
// `settings` table, and when each person's last copy of everything was saved.
import type { DeviceSettings } from '../domain/types';
import { db } from './database';
import { writeTogether } from './write';

/** DO NOT CHANGE WITHOUT A MIGRATION — the key under which device settings are stored. */
const DEVICE_KEY = 'device';

const DEFAULTS: DeviceSettings = { theme: 'light' };

/** The device settings, with defaults filled in. */
export async function getDeviceSettings(): Promise<DeviceSettings> {
  const record = await db().settings.get(DEVICE_KEY);
  return { ...DEFAULTS, ...(record?.value as Partial<DeviceSettings> | undefined) };
}

/** Changes some device settings and keeps the rest. */
export async function updateDeviceSettings(change: Partial<DeviceSettings>): Promise<void> {
  const { settings } = db();
  await writeTogether([settings], async () => {
    const record = await settings.get(DEVICE_KEY);
    const value = { ...DEFAULTS, ...(record?.value as Partial<DeviceSettings> | undefined) };
    await settings.put({ key: DEVICE_KEY, value: { ...value, ...change } });
  });
}

/** Remembers that `personId` tapped "Not now" on the reminder to save a copy, at `at`. */
export async function hideBackupReminder(personId: string, at: number): Promise<void> {
  const { settings } = db();
  await writeTogether([settings], async () => {
    const record = await settings.get(DEVICE_KEY);
    const value = { ...DEFAULTS, ...(record?.value as Partial<DeviceSettings> | undefined) };
    const backupNotNowAt = { ...value.backupNotNowAt, [personId]: at };
    await settings.put({ key: DEVICE_KEY, value: { ...value, backupNotNowAt } });
  });
}

/**
 * When each person's last copy of everything was saved or sent, by person id. Read from the list
 * of shares, which gets a line only when the file was really made and handed over.
 */
export async function lastBackupTimes(): Promise<Record<string, number>> {
  const backups = await db()
    .shares.filter((share) => share.kind === 'backup')
    .toArray();
  const times: Record<string, number> = {};
  for (const share of backups) {
    times[share.personId] = Math.max(times[share.personId] ?? 0, share.at);
  }
  return times;
}

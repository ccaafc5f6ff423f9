// Settings of this device (language, theme), kept in the `settings` table.
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

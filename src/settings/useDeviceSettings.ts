// Live device settings (language, theme) and the storage report shown in Settings.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { DeviceSettings } from '../domain/types';
import {
  getDeviceSettings,
  readStorageReport,
  requestPersistence,
  type StorageReport,
} from '../storage';

/** The device settings, or undefined while loading. */
export function useDeviceSettings(): DeviceSettings | undefined {
  return useLiveQuery(() => getDeviceSettings(), []);
}

/** Whether data is kept safe and how much is used; `askToKeep` asks the browser again. */
export function useStorageReport(): { report?: StorageReport; askToKeep: () => Promise<void> } {
  const [report, setReport] = useState<StorageReport>();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void readStorageReport().then((next) => {
      if (isCurrent) setReport(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [asked]);
  const askToKeep = useCallback(async () => {
    await requestPersistence();
    setAsked((n) => n + 1);
  }, []);
  return { report, askToKeep };
}

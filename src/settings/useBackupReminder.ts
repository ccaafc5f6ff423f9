// Whether a person's home shows the reminder to save a copy of everything, and "Not now".
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { hideBackupReminder, listPlans } from '../storage';
import { shouldRemindBackup } from './backupReminderRule';
import { useDeviceSettings, useStorageReport } from './useDeviceSettings';
import { useLastBackups } from './usePersonData';
import { useNow } from './useRemoval';

/** What the reminder needs: whether it shows, the last copy's time, and "Not now". */
export interface BackupReminderState {
  /** False while what the rule looks at is still being read (the reminder is hidden then). */
  isRead: boolean;
  isShown: boolean;
  lastBackupAt?: number;
  /** The time the reminder was worked out at. */
  now: number;
  /** Hides the reminder for a day (kept on the tablet). */
  hideForNow: () => Promise<void>;
}

/** The reminder of person `personId`; hidden until everything it looks at is read. */
export function useBackupReminder(personId: string): BackupReminderState {
  const { report } = useStorageReport();
  const copies = useLastBackups();
  const settings = useDeviceSettings();
  const planCount = useLiveQuery(async () => (await listPlans(personId)).length, [personId]);
  const now = useNow();
  const [isHidden, setIsHidden] = useState(false);
  const hideForNow = useCallback(async () => {
    setIsHidden(true);
    await hideBackupReminder(personId, Date.now());
  }, [personId]);
  const lastBackupAt = copies?.[personId];
  const isRead = !!(report && copies && settings) && planCount !== undefined;
  const isShown =
    !isHidden &&
    isRead &&
    shouldRemindBackup({
      isPersisted: report.isPersisted,
      lastBackupAt,
      planCount,
      notNowAt: settings.backupNotNowAt?.[personId],
      now,
    });
  return { isRead, isShown, lastBackupAt, now, hideForNow };
}

// When to remind a person to save a copy of everything: only while the tablet may clear the plans
// by itself, and the last copy is over 7 days old (or there is none yet, once there is a plan).

const DAY_MS = 24 * 60 * 60 * 1000;

/** A copy older than this is too old while the plans are not kept safe. */
export const BACKUP_MAX_AGE_MS = 7 * DAY_MS;

/** "Not now" hides the reminder for this long. */
export const NOT_NOW_MS = DAY_MS;

/** What the rule looks at. */
export interface BackupFacts {
  /** True when the browser promised to keep the data (then no reminder is needed). */
  isPersisted: boolean;
  /** When the person's last copy of everything was saved; undefined: never. */
  lastBackupAt?: number;
  /** How many plans the person has. */
  planCount: number;
  /** When the person last tapped "Not now". */
  notNowAt?: number;
  now: number;
}

/** Whether the person's home should show the reminder to save a copy now. */
export function shouldRemindBackup(facts: BackupFacts): boolean {
  if (facts.isPersisted) return false;
  const sinceNotNow = facts.notNowAt === undefined ? Infinity : facts.now - facts.notNowAt;
  // A "Not now" in the future (the clock was set back) does not hide the reminder for ever.
  if (sinceNotNow >= 0 && sinceNotNow < NOT_NOW_MS) return false;
  if (facts.lastBackupAt === undefined) return facts.planCount > 0;
  return facts.now - facts.lastBackupAt > BACKUP_MAX_AGE_MS;
}

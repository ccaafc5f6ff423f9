// The 7-day rule of the reminder to save a copy, and "3 days ago" in words.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAX_AGE_MS,
  NOT_NOW_MS,
  shouldRemindBackup,
} from '../../src/settings/backupReminderRule';
import { daysBetween, timeAgoWords } from '../../src/settings/timeAgo';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2025, 4, 20, 12);
const facts = { isPersisted: false, planCount: 2, now };

describe('the reminder to save a copy', () => {
  it('reminds when the plans are not kept safe and the last copy is over 7 days old', () => {
    expect(shouldRemindBackup({ ...facts, lastBackupAt: now - 8 * DAY })).toBe(true);
    expect(shouldRemindBackup({ ...facts, lastBackupAt: now - BACKUP_MAX_AGE_MS - 1 })).toBe(true);
  });

  it('does not remind when the last copy is 7 days old or newer', () => {
    expect(shouldRemindBackup({ ...facts, lastBackupAt: now - BACKUP_MAX_AGE_MS })).toBe(false);
    expect(shouldRemindBackup({ ...facts, lastBackupAt: now - 2 * DAY })).toBe(false);
  });

  it('never reminds while the tablet keeps the plans safe', () => {
    expect(shouldRemindBackup({ ...facts, isPersisted: true })).toBe(false);
    expect(shouldRemindBackup({ ...facts, isPersisted: true, lastBackupAt: now - 90 * DAY })).toBe(
      false,
    );
  });

  it('reminds with no copy yet only once there is a plan', () => {
    expect(shouldRemindBackup({ ...facts })).toBe(true);
    expect(shouldRemindBackup({ ...facts, planCount: 0 })).toBe(false);
  });

  it('stays hidden for a day after "Not now", then comes back', () => {
    expect(shouldRemindBackup({ ...facts, notNowAt: now - 1000 })).toBe(false);
    expect(shouldRemindBackup({ ...facts, notNowAt: now - NOT_NOW_MS + 1 })).toBe(false);
    expect(shouldRemindBackup({ ...facts, notNowAt: now - NOT_NOW_MS })).toBe(true);
    // A "Not now" from a clock set wrong (in the future) does not hide it for ever.
    expect(shouldRemindBackup({ ...facts, notNowAt: now + 30 * DAY })).toBe(true);
  });
});

describe('how long ago, in words', () => {
  it('counts calendar days', () => {
    const evening = new Date(2025, 4, 20, 22).getTime();
    const morning = new Date(2025, 4, 21, 7).getTime();
    expect(daysBetween(evening, morning)).toBe(1);
    expect(daysBetween(morning, morning)).toBe(0);
    expect(daysBetween(morning, evening)).toBe(0);
  });

  it('says today, yesterday, days, then months, in each language', () => {
    const at = new Date(2025, 4, 20, 9).getTime();
    expect(timeAgoWords(at, at, 'en')).toBe('today');
    expect(timeAgoWords(at, at + DAY, 'en')).toBe('yesterday');
    expect(timeAgoWords(at, at + 3 * DAY, 'en')).toBe('3 days ago');
    expect(timeAgoWords(at, at + 3 * DAY, 'da')).toBe('for 3 dage siden');
    expect(timeAgoWords(at, at + 3 * DAY, 'pt')).toBe('há 3 dias');
    expect(timeAgoWords(at, at + 90 * DAY, 'en')).toBe('3 months ago');
  });
});

// Calendar days: keys, real dates only, and whole days between two days (summer time included).
import { describe, expect, it } from 'vitest';
import { dateOfKey, dayKeyOf, daysBetween } from '../../src/domain/calendarDay';

describe('calendar days', () => {
  it('writes a local date as YYYY-MM-DD', () => {
    expect(dayKeyOf(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
  });

  it('counts whole days, forwards and backwards, across summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('refuses days that do not exist', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNull();
    expect(dateOfKey('2026-13-01')).toBeNull();
    expect(dateOfKey('soon')).toBeNull();
  });

  it('reads a key as that day, also for years below 100', () => {
    const date = dateOfKey('2026-07-04');
    expect(date && dayKeyOf(date)).toBe('2026-07-04');
    const old = dateOfKey('0020-01-02');
    expect(old && dayKeyOf(old)).toBe('0020-01-02');
  });
});

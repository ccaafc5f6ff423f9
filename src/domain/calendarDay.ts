// Days as `YYYY-MM-DD` (a card's "when"): today's key, and how many days away a day is.
// Counted on calendar days (no time, no time zone), so summer time never makes a day 23 hours.

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `YYYY-MM-DD` of `date` in the device's own time zone. */
export function dayKeyOf(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Milliseconds of a day at UTC midnight (years below 100 too, unlike `Date.UTC`). */
function utcDay([year, month, day]: [number, number, number]): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Reads a `YYYY-MM-DD` key as the parts of a real calendar day, or null when it is not one. */
function partsOf(key: string): [number, number, number] | null {
  const match = DAY_KEY.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(utcDay([year, month, day]));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return [year, month, day];
}

/** A `YYYY-MM-DD` key as a local Date at midday (safe to format in any time zone), or null. */
export function dateOfKey(key: string): Date | null {
  const parts = partsOf(key);
  if (!parts) return null;
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(parts[0], parts[1] - 1, parts[2]);
  return date;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null for a bad key. */
export function daysBetween(from: string, to: string): number | null {
  const a = partsOf(from);
  const b = partsOf(to);
  if (!a || !b) return null;
  return Math.round((utcDay(b) - utcDay(a)) / DAY_MS);
}

// "Today", "yesterday", "3 days ago", "2 months ago": how long ago something happened, in the
// words of the person's language, counted in calendar days on this tablet.

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Whole calendar days from `at` to `now` (0 on the same day); never below 0. */
export function daysBetween(at: number, now: number): number {
  return Math.max(0, Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS));
}

/** How long ago `at` was, in words of `language`: days up to 2 months, then months. */
export function timeAgoWords(at: number, now: number, language: string): string {
  const words = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const days = daysBetween(at, now);
  if (days < 60) return words.format(-days, 'day');
  return words.format(-Math.floor(days / 30), 'month');
}

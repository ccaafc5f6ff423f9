// The names of the files a person saves: "<plan title> <date>.myplan", safe on every system.
import { dayKeyOf } from '../domain/calendarDay';

const UNSAFE = /[\p{Cc}\\/:*?"<>|]+/gu;
const MAX_NAME = 80;

/** Words made safe for a file name (no slashes, colons, control characters…), never empty. */
export function safeFileWords(words: string, fallback: string): string {
  const safe = words.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return safe.replace(/^\.+/, '') || fallback;
}

/** "<words> <YYYY-MM-DD><extension>" for a file saved on `date`. */
export function datedFileName(
  words: string,
  fallback: string,
  date: Date,
  extension: string,
): string {
  return `${safeFileWords(words, fallback)} ${dayKeyOf(date)}${extension}`;
}

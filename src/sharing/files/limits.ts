// The numbers that keep a hostile or damaged file from eating memory or time on a tablet.
import { MAX_STORED_PICTURE_BYTES } from '../../domain/pictureSchema';
import { MAX_RECORDING_BYTES } from '../../domain/bundle';

/** The version of the .myplan format this code writes and reads (see FORMAT.md). */
export const FILE_VERSION = 1;

/** PBKDF2-SHA256 rounds used when locking with a password. */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * Most rounds a file may ask for: a file with a wrong password then still answers within about
 * a second on a slow tablet (more would look like a hang).
 */
export const MAX_PBKDF2_ITERATIONS = 1_000_000;

/** Largest file opened or written; a bigger one is refused before a byte of it is read. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/** Most bytes all entries of one zip may unpack to, counted as they really unpack. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

/** Most entries in one zip (pictures + recordings + 2). */
export const MAX_ENTRIES = 16_000;

/** Largest manifest.json. */
export const MAX_MANIFEST_BYTES = 16 * 1024;

/** Largest data.json (all records but the pictures' and recordings' bytes). */
export const MAX_DATA_BYTES = 16 * 1024 * 1024;

/** Largest entry of each kind, by name; undefined for a name that has no place in the file. */
export function entryLimit(name: string, isLocked: boolean): number | undefined {
  if (name === 'manifest.json') return MAX_MANIFEST_BYTES;
  if (isLocked) return name === 'payload.bin' ? MAX_FILE_BYTES : undefined;
  if (name === 'data.json') return MAX_DATA_BYTES;
  const [folder, id, ...rest] = name.split('/');
  if (rest.length > 0 || id === undefined || !isSafeId(id)) return undefined;
  if (folder === 'pictures') return MAX_STORED_PICTURE_BYTES;
  if (folder === 'recordings') return MAX_RECORDING_BYTES;
  return undefined;
}

/** Ids that may name a file in the zip: letters, digits, '-' and '_' (UUIDs are). */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(id);
}

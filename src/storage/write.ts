// Runs one person's action as one transaction, and turns failures into plain kinds.
import type { Table } from 'dexie';
import { assertWritable, db } from './database';
import { toStorageError } from './errors';
import { loadSchemas } from './schemas';

/**
 * Runs `work` in one read-write transaction over `tables`: all of it is stored, or none of it.
 * Never await anything but IndexedDB inside `work` (it would commit the transaction early).
 */
export async function writeTogether<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  assertWritable();
  // The schemas load before any transaction starts: a repository that checks a record inside
  // another one's transaction (a note, a meeting's rating or action) then finds them loaded, and
  // never waits for a file while the transaction would close. Best effort: a repository that
  // needs them and cannot get them fails by itself.
  await loadSchemas().catch(() => undefined);
  try {
    return await db().transaction('rw', tables, work);
  } catch (error) {
    throw toStorageError(error);
  }
}

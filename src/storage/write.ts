// Runs one person's action as one transaction, and turns failures into plain kinds.
import Dexie, { type Table } from 'dexie';
import { trackWrite } from './connection';
import { assertWritable, db } from './database';
import { toStorageError } from './errors';
import { loadSchemas } from './schemas';

async function run<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  // The schemas load before the transaction starts: a repository that checks a record inside
  // it (loadedSchemas) then finds them loaded, and never waits for a file while the transaction
  // would close. Best effort: a repository that needs them and cannot get them fails by itself.
  await loadSchemas().catch(() => undefined);
  try {
    return await db().transaction('rw', tables, work);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Runs `work` in one read-write transaction over `tables`: all of it is stored, or none of it.
 * Never await anything but IndexedDB inside `work` (it would commit the transaction early).
 * Called inside another write, it joins that one's transaction (its tables must be among them).
 */
export function writeTogether<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction) {
    return db()
      .transaction('rw', tables, work)
      .catch((error: unknown) => {
        throw toStorageError(error);
      });
  }
  try {
    assertWritable();
  } catch (error) {
    return Promise.reject(toStorageError(error));
  }
  return trackWrite(run(tables, work));
}

// Runs one person's action as one transaction, and turns failures into plain kinds.
import type { Table } from 'dexie';
import { assertWritable, db } from './database';
import { toStorageError } from './errors';

/**
 * Runs `work` in one read-write transaction over `tables`: all of it is stored, or none of it.
 * Never await anything but IndexedDB inside `work` (it would commit the transaction early).
 */
export async function writeTogether<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  assertWritable();
  try {
    return await db().transaction('rw', tables, work);
  } catch (error) {
    throw toStorageError(error);
  }
}

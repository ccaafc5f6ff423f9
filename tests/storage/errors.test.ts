// What IndexedDB throws becomes a plain kind: a full disk in every shape browsers use is 'full',
// a database another window took is 'closed', anything else 'unknown'.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from '../../src/storage/errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', quota()],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full', quota())],
    ['an AbortError with the quota inside', new Dexie.AbortError('aborted', quota())],
    [
      'an AbortError around an AbortError around the quota',
      new Dexie.AbortError(
        'aborted',
        Object.assign(new DOMException('', 'AbortError'), { inner: quota() }),
      ),
    ],
  ])('calls %s "full"', (_name, error) => {
    expect(toStorageError(error)).toMatchObject({ name: 'StorageError', problem: 'full' });
  });

  it('calls a database closed by another window "closed"', () => {
    expect(toStorageError(new Dexie.DatabaseClosedError())).toMatchObject({ problem: 'closed' });
  });

  it('calls an abort without a full disk "unknown", and keeps the cause', () => {
    const error = new Dexie.AbortError('aborted');
    expect(toStorageError(error)).toMatchObject({ problem: 'unknown', cause: error });
  });

  it('keeps a StorageError as it is', () => {
    const error = new StorageError('not-found');
    expect(toStorageError(error)).toBe(error);
  });
});

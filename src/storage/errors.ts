// Turns what IndexedDB throws into a few plain kinds the app can explain to a person.

/**
 * Why a write did not happen: the screen says it in plain words and changes nothing else.
 * 'closed': another window is updating My Plan's data; this page must reload first.
 */
export type StorageProblem = 'full' | 'read-only' | 'invalid' | 'not-found' | 'closed' | 'unknown';

/** A storage failure with a kind the UI can translate (`errors.<kind>`). */
export class StorageError extends Error {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem, cause?: unknown) {
    super(`storage: ${problem}`, { cause });
    this.name = 'StorageError';
    this.problem = problem;
  }
}

function isQuota(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  if (name === 'QuotaExceededError') return true;
  // Chrome reports a full disk as AbortError on the transaction with the real cause inside.
  return (name === 'AbortError' || name === 'DatabaseClosedError') && isQuota(inner);
}

function isClosed(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'DatabaseClosedError';
}

/** Wraps any error thrown by a write into a StorageError with a kind. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuota(error)) return new StorageError('full', error);
  if (isClosed(error)) return new StorageError('closed', error);
  return new StorageError('unknown', error);
}

// A person's picture code on a shared tablet: choosing it, trying it (wrong tries and the wait
// are kept, so a reload does not end a wait), removing it (by the person, or by a helper, on the
// record), and the idle time. Hashing happens before each transaction, never inside one.
import {
  DEFAULT_IDLE_MINUTES,
  FREE_TRIES,
  hashPictureCode,
  isWholeCode,
  newSalt,
  nextTryAt,
  waitAfter,
  type IdleMinutes,
} from '../domain/pictureCode';
import type { PictureLock } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { loadSchemas } from './schemas';
import { writeTogether } from './write';

/** How a try went: right, wrong (and how many tries are left before a wait), or still waiting. */
export type CodeTry =
  | { result: 'right' }
  | { result: 'wrong'; triesLeft: number; waitUntil?: number }
  | { result: 'waiting'; waitUntil: number };

const NO_LOCK: PictureLock = { idleMinutes: DEFAULT_IDLE_MINUTES, failedTries: 0, resets: [] };

function withoutWait({ waitUntil: _waitUntil, ...lock }: PictureLock): PictureLock {
  return lock;
}

function withoutCode({ codeHash: _hash, salt: _salt, ...lock }: PictureLock): PictureLock {
  return { ...withoutWait(lock), failedTries: 0 };
}

/**
 * Changes person `personId`'s lock in one transaction. `change` returns the new lock, or
 * undefined to keep it as it is. Returns the lock as stored. StorageError 'not-found', 'invalid'…
 */
async function changeLock(
  personId: string,
  change: (lock: PictureLock) => PictureLock | undefined,
): Promise<PictureLock> {
  const { pictureLockSchema } = await loadSchemas();
  const { people } = db();
  return writeTogether([people], async () => {
    const person = await people.get(personId);
    if (!person) throw new StorageError('not-found');
    const before = person.lock ?? NO_LOCK;
    const next = change(before);
    if (!next) return before;
    const parsed = pictureLockSchema.safeParse(next);
    if (!parsed.success) throw new StorageError('invalid', parsed.error);
    await people.put({ ...person, lock: next });
    return next;
  });
}

/** Gives person `personId` the picture code `ids` (in order); any wrong tries are forgotten. */
export async function setPictureCode(personId: string, ids: readonly string[]): Promise<void> {
  if (!isWholeCode(ids)) throw new StorageError('invalid');
  const salt = newSalt();
  const codeHash = await hashPictureCode(ids, salt);
  await changeLock(personId, (lock) => ({ ...withoutWait(lock), codeHash, salt, failedTries: 0 }));
}

/** How a try of a code with hash `hash` (made with `salt`) goes, and the lock after it. */
function judge(
  lock: PictureLock,
  salt: string,
  hash: string,
  now: number,
): { outcome: CodeTry; next?: PictureLock } {
  const waitUntil = nextTryAt(lock.waitUntil, now);
  if (waitUntil) return { outcome: { result: 'waiting', waitUntil } };
  if (!lock.codeHash) return { outcome: { result: 'right' } };
  if (lock.salt === salt && lock.codeHash === hash) {
    const isClean = lock.failedTries === 0 && lock.waitUntil === undefined;
    return {
      outcome: { result: 'right' },
      ...(isClean ? {} : { next: { ...withoutWait(lock), failedTries: 0 } }),
    };
  }
  const failedTries = lock.failedTries + 1;
  const wait = waitAfter(failedTries);
  const triesLeft = Math.max(0, FREE_TRIES - failedTries);
  if (wait === 0) {
    return {
      outcome: { result: 'wrong', triesLeft },
      next: { ...withoutWait(lock), failedTries },
    };
  }
  return {
    outcome: { result: 'wrong', triesLeft, waitUntil: now + wait },
    next: { ...lock, failedTries, waitUntil: now + wait },
  };
}

/**
 * Tries `ids` as person `personId`'s code at time `now`. A wrong try is counted (and may start a
 * wait); a right one forgets the wrong ones. A person without a code is always right.
 */
export async function tryPictureCode(
  personId: string,
  ids: readonly string[],
  now = Date.now(),
): Promise<CodeTry> {
  const person = await db().people.get(personId);
  if (!person) throw new StorageError('not-found');
  const { salt = '' } = person.lock ?? NO_LOCK;
  const hash = isWholeCode(ids) && salt ? await hashPictureCode(ids, salt) : '';
  let outcome: CodeTry = { result: 'right' };
  await changeLock(personId, (lock) => {
    const judged = judge(lock, salt, hash, now);
    outcome = judged.outcome;
    return judged.next;
  });
  return outcome;
}

/** The person turns their own code off (they showed it first). The removals record stays. */
export async function removePictureCode(personId: string): Promise<void> {
  await changeLock(personId, (lock) => (lock.codeHash ? withoutCode(lock) : undefined));
}

/**
 * A helper, `helperName`, removes a forgotten code: it is gone, and the removal is recorded for
 * the person to see (their home shows it until they tap OK). Nothing happens without a code.
 */
export async function resetPictureCode(
  personId: string,
  helperName: string,
  now = Date.now(),
): Promise<void> {
  const by = helperName.trim();
  if (!by) throw new StorageError('invalid');
  await changeLock(personId, (lock) =>
    lock.codeHash ? { ...withoutCode(lock), resets: [...lock.resets, { at: now, by }] } : undefined,
  );
}

/** Sets after how many minutes without a touch My Plan locks for person `personId`. */
export async function setIdleMinutes(personId: string, idleMinutes: IdleMinutes): Promise<void> {
  await changeLock(personId, (lock) => ({ ...lock, idleMinutes }));
}

/** The person tapped OK on the message about a helper's removal: it is not shown again. */
export async function markResetsSeen(personId: string, now = Date.now()): Promise<void> {
  await changeLock(personId, (lock) =>
    lock.resets.some((reset) => reset.seenAt === undefined)
      ? {
          ...lock,
          resets: lock.resets.map((reset) =>
            reset.seenAt === undefined ? { ...reset, seenAt: now } : reset,
          ),
        }
      : undefined,
  );
}

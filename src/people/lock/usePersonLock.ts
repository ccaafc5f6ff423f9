// One person's lock, live (for the lock screen and "My picture code").
import { useLiveQuery } from 'dexie-react-hooks';
import { getLockSummary, type LockSummary } from '../../storage';

/** Person `personId`'s lock; null when there is no such person, undefined while reading. */
export function usePersonLock(personId: string): LockSummary | null | undefined {
  return useLiveQuery(async () => (await getLockSummary(personId)) ?? null, [personId]);
}

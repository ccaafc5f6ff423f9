// What the screens may know of each person's picture code (never its hash), live, and who owns
// a plan, card or meeting (so one person's address cannot show another person's things).
import { liveQuery } from 'dexie';
import { DEFAULT_IDLE_MINUTES, type IdleMinutes } from '../domain/pictureCode';
import type { LockReset, Person } from '../domain/types';
import { db } from './database';

/** What the screens may know of a person's lock: never the hash or its salt. */
export interface LockSummary {
  personId: string;
  hasCode: boolean;
  idleMinutes: IdleMinutes;
  failedTries: number;
  /** No try is taken before this time (ms); unset: a try may be taken now. */
  waitUntil?: number;
  resets: LockReset[];
}

function summaryOf(person: Person): LockSummary {
  const lock = person.lock ?? { idleMinutes: DEFAULT_IDLE_MINUTES, failedTries: 0, resets: [] };
  return {
    personId: person.id,
    hasCode: lock.codeHash !== undefined,
    idleMinutes: lock.idleMinutes,
    failedTries: lock.failedTries,
    ...(lock.waitUntil === undefined ? {} : { waitUntil: lock.waitUntil }),
    resets: lock.resets,
  };
}

/** Person `personId`'s lock; undefined when there is no such person. */
export async function getLockSummary(personId: string): Promise<LockSummary | undefined> {
  const person = await db().people.get(personId);
  return person ? summaryOf(person) : undefined;
}

/**
 * Calls `onChange` with every person's lock now and after every change (in any tab).
 * Returns the function that stops watching.
 */
export function watchLockSummaries(
  onChange: (summaries: LockSummary[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () =>
    (await db().people.toArray()).map(summaryOf),
  ).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** What a route can name that belongs to one person. */
export type Owned = { kind: 'plan' | 'card' | 'meeting'; id: string };

/** The id of the person who owns a plan, card or meeting; undefined when it is not here. */
export async function ownerOf({ kind, id }: Owned): Promise<string | undefined> {
  const { plans, cards, meetings } = db();
  if (kind === 'meeting') return (await meetings.get(id))?.personId;
  const planId = kind === 'card' ? (await cards.get(id))?.planId : id;
  return planId === undefined ? undefined : (await plans.get(planId))?.personId;
}

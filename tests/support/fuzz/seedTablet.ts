// The tablet every fuzzed file is opened on: two people (Sam, who opens the files, and Noor),
// each with plans, cards, pictures, a voice, supporters, a meeting, undo history and a share log.
import type { PlanBundle } from '../../../src/domain/bundle';
import { db } from '../../../src/storage/database';
import { sampleBundle } from '../../sharing/files/sampleBundle';
import { quickHash } from './quickHash';

/** Sam: the person whose "Open a file" screen every plans file is opened on. */
export const SAM = 's-person';
/** Noor: another person on the same tablet, whose records no file may touch. */
export const NOOR = 'n-person';

async function put(bundle: PlanBundle): Promise<void> {
  const d = db();
  await d.people.put(bundle.person);
  await d.plans.bulkPut(bundle.plans);
  await d.cards.bulkPut(bundle.cards);
  await d.supporters.bulkPut(bundle.supporters);
  await d.meetings.bulkPut(bundle.meetings);
  await d.pictures.bulkPut(bundle.pictures);
  await d.recordings.bulkPut(bundle.recordings);
}

/** Stores Sam and Noor with everything they have. */
export async function seedTablet(): Promise<void> {
  const sam = sampleBundle('s');
  const noor = sampleBundle('n');
  await put(sam);
  await put(noor);
  const card = sam.cards[0]!;
  await db().history.bulkPut([
    {
      id: 1,
      planId: 's-goals',
      at: 7000,
      action: 'card-edit',
      undone: 0,
      changes: [
        { table: 'cards', key: card.id, before: { ...card, words: 'Feed the cat' }, after: card },
      ],
    },
    { id: 2, planId: 'n-life', at: 7100, action: 'plan-edit', undone: 1, changes: [] },
  ]);
  await db().shares.put({
    id: 'share-1',
    personId: NOOR,
    at: 8000,
    kind: 'file',
    planIds: ['n-goals'],
    cardIds: ['n-card-cat'],
    withIds: ['n-anna'],
    agreedAt: 7990,
  });
  await db().settings.put({ key: 'device', value: { theme: 'light', language: 'en' } });
}

/** Every record of every table, to put back after a file that was meant to import did. */
export type Snapshot = [string, unknown[]][];

/** The records of every table now. */
export async function snapshotTables(): Promise<Snapshot> {
  return Promise.all(
    db().tables.map(async (table) => [table.name, await table.toArray()] as [string, unknown[]]),
  );
}

/** Puts every table back exactly as in `snapshot` (one transaction). */
export async function restoreTables(snapshot: Snapshot): Promise<void> {
  await db().transaction('rw', db().tables, async () => {
    for (const [name, records] of snapshot) {
      await db().table(name).clear();
      await db().table(name).bulkPut(records);
    }
  });
}

/** A hash of everything of one person: their record, plans, cards, pictures, voices, history, shares. */
export async function personHash(personId: string): Promise<string> {
  const d = db();
  const plans = await d.plans.where('personId').equals(personId).sortBy('id');
  const planIds = plans.map((plan) => plan.id);
  const owned = (name: 'supporters' | 'meetings' | 'pictures' | 'recordings' | 'shares') =>
    d.table(name).where('personId').equals(personId).sortBy('id');
  return quickHash({
    person: await d.people.get(personId),
    plans,
    cards: await d.cards.where('planId').anyOf(planIds).sortBy('id'),
    history: await d.history.where('planId').anyOf(planIds).sortBy('id'),
    supporters: await owned('supporters'),
    meetings: await owned('meetings'),
    pictures: await owned('pictures'),
    recordings: await owned('recordings'),
    shares: await owned('shares'),
  });
}

// Removes a person and everything of theirs from this tablet in one transaction, and puts it all
// back exactly from the snapshot that removal returns. The snapshot is never stored: the caller
// keeps it in memory for the undo window only, so the removed data is gone from IndexedDB at once.
import type {
  Card,
  HistoryEntry,
  Meeting,
  Person,
  Plan,
  Recording,
  ShareRecord,
  StoredPicture,
  Supporter,
} from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { scrubSettings, unscrubSettings, type SettingsChange } from './settingsScrub';
import { writeTogether } from './write';

/** How much of a person's data is on this tablet (for the question before removing them). */
export interface PersonDataCount {
  plans: number;
  cards: number;
  /** Photos and drawings, the person's own photo too. */
  pictures: number;
  /** Voice recordings. */
  recordings: number;
  meetings: number;
  /** The people who help them. */
  supporters: number;
  /** Lines in the list of what was shared. */
  shares: number;
}

/** Every record of a person but the person, by table. */
export interface PersonRecords {
  plans: Plan[];
  cards: Card[];
  history: HistoryEntry[];
  pictures: StoredPicture[];
  recordings: Recording[];
  supporters: Supporter[];
  meetings: Meeting[];
  shares: ShareRecord[];
}

/** Everything a removal took away, to put back exactly. Keep it in memory only. */
export interface PersonSnapshot {
  readonly person: Person;
  readonly records: Readonly<PersonRecords>;
  readonly settings: readonly SettingsChange[];
}

type RecordTable = keyof PersonRecords;
/** Removed in this order (cards and history before their plans); put back in the reverse one. */
const RECORD_TABLES: readonly RecordTable[] = [
  'cards',
  'history',
  'plans',
  'pictures',
  'recordings',
  'supporters',
  'meetings',
  'shares',
];

function everyTable() {
  const { people, plans, cards, history, pictures, recordings, supporters, meetings, shares } =
    db();
  return [people, plans, cards, history, pictures, recordings, supporters, meetings, shares];
}

async function readRecords(personId: string): Promise<PersonRecords> {
  const { plans, cards, history, pictures, recordings, supporters, meetings, shares } = db();
  const ownPlans = await plans.where('personId').equals(personId).toArray();
  const planIds = ownPlans.map((plan) => plan.id);
  return {
    plans: ownPlans,
    cards: await cards.where('planId').anyOf(planIds).toArray(),
    history: await history.where('planId').anyOf(planIds).toArray(),
    pictures: await pictures.where('personId').equals(personId).toArray(),
    recordings: await recordings.where('personId').equals(personId).toArray(),
    supporters: await supporters.where('personId').equals(personId).toArray(),
    meetings: await meetings.where('personId').equals(personId).toArray(),
    shares: await shares.where('personId').equals(personId).toArray(),
  };
}

function keysOf(records: readonly { id?: string | number }[]): (string | number)[] {
  return records.flatMap((record) => (record.id === undefined ? [] : [record.id]));
}

/** Counts a person's records, read together so the numbers agree with each other. */
export async function countPersonData(personId: string): Promise<PersonDataCount> {
  const { plans, cards, pictures, recordings, supporters, meetings, shares } = db();
  const tables = [plans, cards, pictures, recordings, supporters, meetings, shares];
  const count = (name: 'pictures' | 'recordings' | 'supporters' | 'meetings' | 'shares') =>
    db().table(name).where('personId').equals(personId).count();
  return db().transaction('r', tables, async () => {
    const planIds = await plans.where('personId').equals(personId).primaryKeys();
    return {
      plans: planIds.length,
      cards: await cards.where('planId').anyOf(planIds).count(),
      pictures: await count('pictures'),
      recordings: await count('recordings'),
      supporters: await count('supporters'),
      meetings: await count('meetings'),
      shares: await count('shares'),
    };
  });
}

/**
 * Removes the person and every record of theirs (plans, cards, their history, pictures, voices,
 * helpers, meetings, shares, and device settings kept for them) in one transaction: all of it,
 * or nothing. Returns what was removed, for `restorePerson`. StorageError 'not-found' if absent.
 */
export async function deletePerson(personId: string): Promise<PersonSnapshot> {
  const { people, settings } = db();
  return writeTogether([...everyTable(), settings], async () => {
    const person = await people.get(personId);
    if (!person) throw new StorageError('not-found');
    const records = await readRecords(personId);
    for (const name of RECORD_TABLES) {
      await db().table(name).bulkDelete(keysOf(records[name]));
    }
    const settingsChanges = await scrubSettings(personId);
    await people.delete(personId);
    return { person, records, settings: settingsChanges };
  });
}

/**
 * Puts back everything `deletePerson` removed, exactly as it was, in one transaction. Refuses
 * (and changes nothing) when any of it is on the tablet again, e.g. from a copy of everything.
 */
export async function restorePerson(snapshot: PersonSnapshot): Promise<void> {
  const { people, settings } = db();
  await writeTogether([...everyTable(), settings], async () => {
    await people.add(snapshot.person);
    for (const name of [...RECORD_TABLES].reverse()) {
      await db().table(name).bulkAdd(snapshot.records[name]);
    }
    await unscrubSettings(snapshot.person.id, snapshot.settings);
  });
}

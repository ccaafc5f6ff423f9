// Gathers what leaves the device in a .myplan file: the plans and cards a person chose (never a
// private card), or everything of theirs for a backup, with the pictures and voices they use.
import { planBundleSchema, storedPictureId, type PlanBundle } from '../domain/bundle';
import type { Card, Meeting, Person, Supporter } from '../domain/types';
import { db } from './database';
import { StorageError, toStorageError } from './errors';

export { existingPlanIds, importPlanBundle, restorePersonBundle } from './bundleImport';

/** What the person ticked on the share screen. */
export interface ShareChoice {
  planIds: string[];
  cardIds: string[];
  meetingIds?: string[];
}

type Parts = Omit<PlanBundle, 'kind' | 'createdAt' | 'pictures' | 'recordings'>;

function present<T>(list: (T | undefined)[]): T[] {
  return list.filter((item): item is T => item !== undefined);
}

function readTogether<T>(work: () => Promise<T>): Promise<T> {
  const { people, plans, cards, supporters, meetings, pictures, recordings } = db();
  const tables = [people, plans, cards, supporters, meetings, pictures, recordings];
  return db()
    .transaction('r', tables, work)
    .catch((error: unknown) => {
      throw toStorageError(error);
    });
}

/** The same records without references to what is not there (so one lost voice never blocks a backup). */
function tidy(parts: Parts, recordingIds: Set<string>): Parts {
  const supporterIds = new Set(parts.supporters.map((s) => s.id));
  const cards = parts.cards.map((card): Card => {
    const next = { ...card };
    if (next.recordingId !== undefined && !recordingIds.has(next.recordingId)) {
      delete next.recordingId;
    }
    if (next.helperIds?.some((id) => !supporterIds.has(id))) {
      next.helperIds = next.helperIds.filter((id) => supporterIds.has(id));
    }
    if (next.notes?.some((note) => !supporterIds.has(note.supporterId))) {
      next.notes = next.notes.filter((note) => supporterIds.has(note.supporterId));
    }
    return next;
  });
  const meetings = parts.meetings.map((meeting): Meeting => {
    const participantIds = meeting.participantIds.filter((id) => supporterIds.has(id));
    return participantIds.length === meeting.participantIds.length
      ? meeting
      : { ...meeting, participantIds };
  });
  return { ...parts, cards, meetings };
}

/**
 * Adds the pictures and recordings the records use (a backup: all of the person's, used or
 * not), drops references to what is not there, and checks the whole bundle.
 */
async function finish(kind: PlanBundle['kind'], parts: Parts): Promise<PlanBundle> {
  const personId = parts.person.id;
  const owned = <T extends { personId: string }>(list: (T | undefined)[]) =>
    present(list).filter((record) => record.personId === personId);
  const used = [parts.person, ...parts.cards, ...parts.supporters];
  const pictureIds = new Set(present(used.map((record) => storedPictureId(record.picture))));
  const recordingIds = new Set(present(parts.cards.map((card) => card.recordingId)));
  const { pictures: pictureTable, recordings: recordingTable } = db();
  const isBackup = kind === 'backup';
  const pictures = isBackup
    ? await pictureTable.where('personId').equals(personId).toArray()
    : owned(await pictureTable.bulkGet([...pictureIds]));
  const recordings = isBackup
    ? await recordingTable.where('personId').equals(personId).toArray()
    : owned(await recordingTable.bulkGet([...recordingIds]));
  const found = new Set(recordings.map((r) => r.id));
  const bundle = { kind, createdAt: Date.now(), ...tidy(parts, found), pictures, recordings };
  const parsed = planBundleSchema.safeParse(bundle);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  return bundle;
}

async function personOf(personId: string): Promise<Person> {
  const person = await db().people.get(personId);
  if (!person) throw new StorageError('not-found');
  return person;
}

/** Supporters of the person that the cards and meetings name. */
async function supportersUsed(person: Person, cards: Card[], meetings: Meeting[]) {
  const ids = new Set([
    ...cards.flatMap((card) => card.helperIds ?? []),
    ...cards.flatMap((card) => (card.notes ?? []).map((note) => note.supporterId)),
    ...meetings.flatMap((meeting) => meeting.participantIds),
  ]);
  const found = present(await db().supporters.bulkGet([...ids]));
  return found.filter((supporter): supporter is Supporter => supporter.personId === person.id);
}

/**
 * The plans and cards a person chose to share (kind 'plans'). Only listed cards of listed plans
 * travel, and never a private card, whatever the list says. The person goes without their
 * preferences; meetings keep only references to what is shared. Unknown plans: 'not-found'.
 */
export function collectPlanBundle(personId: string, choice: ShareChoice): Promise<PlanBundle> {
  return readTogether(async () => {
    // Nor their picture lock: its hash would travel, and 729 codes are quickly tried.
    const { preferences: _preferences, lock: _lock, ...person } = await personOf(personId);
    const wanted = [...new Set(choice.planIds)];
    const plans = present(await db().plans.bulkGet(wanted));
    if (plans.length !== wanted.length || plans.some((plan) => plan.personId !== personId)) {
      throw new StorageError('not-found');
    }
    const planIds = new Set(plans.map((plan) => plan.id));
    const cards = present(await db().cards.bulkGet([...new Set(choice.cardIds)])).filter(
      (card) => planIds.has(card.planId) && card.isPrivate !== true,
    );
    const cardIds = new Set(cards.map((card) => card.id));
    const meetings = present(await db().meetings.bulkGet([...new Set(choice.meetingIds ?? [])]))
      .filter((meeting) => meeting.personId === personId)
      .map((meeting): Meeting => {
        const shared = { ...meeting, planIds: meeting.planIds.filter((id) => planIds.has(id)) };
        if (meeting.actionCardIds) {
          shared.actionCardIds = meeting.actionCardIds.filter((id) => cardIds.has(id));
        }
        return shared;
      });
    const supporters = await supportersUsed(person, cards, meetings);
    return finish('plans', { person, plans, cards, supporters, meetings });
  });
}

/** Everything of a person for their own backup (kind 'backup'), private cards included. */
export function collectPersonBundle(personId: string): Promise<PlanBundle> {
  return readTogether(async () => {
    const person = await personOf(personId);
    const plans = await db().plans.where('personId').equals(personId).sortBy('createdAt');
    const cards = await db()
      .cards.where('planId')
      .anyOf(plans.map((plan) => plan.id))
      .toArray();
    const supporters = await db().supporters.where('personId').equals(personId).toArray();
    const meetings = await db().meetings.where('personId').equals(personId).toArray();
    return finish('backup', { person, plans, cards, supporters, meetings });
  });
}

// Stores what came in a .myplan file: plans added to a person (as new, or updating theirs), or a
// whole person restored from a backup. One transaction each: all of it is stored, or nothing.
import { planBundleSchema, storedPictureId, type PlanBundle } from '../domain/bundle';
import {
  freshIds,
  isPlainId,
  keptIds,
  rehomeBundle,
  type IdKind,
  type Rename,
} from '../domain/bundleIds';
import type { PictureRef } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

type OwnedTable = 'plans' | 'supporters' | 'meetings' | 'pictures' | 'recordings';
const OWNED_TABLES: readonly OwnedTable[] = [
  'plans',
  'supporters',
  'meetings',
  'pictures',
  'recordings',
];

function checked(bundle: PlanBundle): PlanBundle {
  const parsed = planBundleSchema.safeParse(bundle);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  return bundle;
}

function allTables() {
  const { people, plans, cards, supporters, meetings, pictures, recordings, history } = db();
  return [people, plans, cards, supporters, meetings, pictures, recordings, history];
}

/**
 * Ids of the bundle already used on this device by someone else's records (or, for cards, by
 * any card still stored): those get fresh ids, so nothing of anyone else is ever overwritten.
 */
async function takenIds(bundle: PlanBundle, personId: string): Promise<Rename> {
  const taken: Partial<Record<IdKind, Set<string>>> = {};
  for (const name of OWNED_TABLES) {
    const table = db().table<{ id: string; personId: string }, string>(name);
    const found = await table.bulkGet(bundle[name].map((record) => record.id));
    taken[name] = new Set(
      found.filter((r) => r !== undefined && r.personId !== personId).map((r) => r!.id),
    );
  }
  const cards = await db().cards.bulkGet(bundle.cards.map((card) => card.id));
  taken.cards = new Set(cards.filter((card) => card !== undefined).map((card) => card!.id));
  return keptIds(taken, () => crypto.randomUUID());
}

/** Removes plans' cards and undo history (the plans themselves are then overwritten). */
async function clearPlans(planIds: string[]): Promise<void> {
  await db().cards.where('planId').anyOf(planIds).delete();
  await db().history.where('planId').anyOf(planIds).delete();
}

/** Stores the records of a rehomed bundle, checked again first; pictures/voices only if used. */
async function putAll(placed: PlanBundle, isEverything: boolean): Promise<void> {
  if (!planBundleSchema.safeParse(placed).success) throw new StorageError('invalid');
  const used: { picture: PictureRef }[] = [...placed.cards, ...placed.supporters];
  if (isEverything) used.push(placed.person);
  const pictureIds = new Set(used.map((record) => storedPictureId(record.picture)));
  const recordingIds = new Set(placed.cards.map((card) => card.recordingId));
  const { plans, cards, supporters, meetings, pictures, recordings } = db();
  await plans.bulkPut(placed.plans);
  await cards.bulkPut(placed.cards);
  await supporters.bulkPut(placed.supporters);
  await meetings.bulkPut(placed.meetings);
  await pictures.bulkPut(placed.pictures.filter((p) => isEverything || pictureIds.has(p.id)));
  await recordings.bulkPut(placed.recordings.filter((r) => isEverything || recordingIds.has(r.id)));
}

/** Plans in the file that this person already has (the screen can offer to update them). */
export async function existingPlanIds(bundle: PlanBundle, personId: string): Promise<string[]> {
  const found = await db().plans.bulkGet(bundle.plans.map((plan) => plan.id));
  return found.filter((plan) => plan?.personId === personId).map((plan) => plan!.id);
}

/**
 * Stores the file's plans for `personId` and returns their ids on this device.
 * 'new': a copy with fresh ids for everything. 'update': plans this person already has are
 * replaced by the file's (their cards replaced, their undo history cleared); the others are
 * added. The person in the file is never stored. StorageError: 'invalid' (the bundle does not
 * hold together), 'not-found' (no such person), 'full', 'read-only'…
 */
export async function importPlanBundle(
  bundle: PlanBundle,
  personId: string,
  how: 'new' | 'update',
): Promise<string[]> {
  const incoming = checked(bundle);
  return writeTogether(allTables(), async () => {
    if (!(await db().people.get(personId))) throw new StorageError('not-found');
    let rename: Rename;
    if (how === 'new') {
      rename = freshIds(() => crypto.randomUUID());
    } else {
      await clearPlans(await existingPlanIds(incoming, personId));
      rename = await takenIds(incoming, personId);
    }
    const placed = rehomeBundle(incoming, personId, rename);
    await putAll(placed, false);
    return placed.plans.map((plan) => plan.id);
  });
}

/** Removes every record of a person but the person (and their share log). */
async function clearPerson(personId: string): Promise<void> {
  const planIds = await db().plans.where('personId').equals(personId).primaryKeys();
  await clearPlans(planIds);
  for (const name of OWNED_TABLES) {
    await db().table(name).where('personId').equals(personId).delete();
  }
}

/**
 * Restores a person from a backup (kind 'backup'): adds them, or, when this person is already
 * on the device, replaces all of their data with the backup's (unless their plans are locked with
 * a picture code: then the copy comes as a new person). Returns the person's id.
 */
export async function restorePersonBundle(bundle: PlanBundle): Promise<string> {
  const incoming = checked(bundle);
  if (incoming.kind !== 'backup') throw new StorageError('invalid');
  // A person no link could open (a hand-made id) comes as a new person.
  const fileId = isPlainId(incoming.person.id) ? incoming.person.id : crypto.randomUUID();
  const freshId = crypto.randomUUID();
  return writeTogether(allTables(), async () => {
    // A person whose plans are locked with a picture code is never replaced from a file (that
    // would get round the lock): the copy comes in as a new person beside them.
    const personId = (await db().people.get(fileId))?.lock ? freshId : fileId;
    await clearPerson(personId);
    const placed = rehomeBundle(incoming, personId, await takenIds(incoming, personId));
    await putAll(placed, true);
    await db().people.put(placed.person);
    return personId;
  });
}

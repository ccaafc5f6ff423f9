// Bundles out of and into storage: a private card never leaves, a file imports as a copy or an
// update, a restore reproduces every record byte for byte, and a failed import changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanBundle } from '../../src/domain/bundle';
import { readMyPlanFile, writeMyPlanFile } from '../../src/sharing/files';
import {
  collectPersonBundle,
  collectPlanBundle,
  existingPlanIds,
  importPlanBundle,
  listCards,
  listPlans,
  restorePersonBundle,
  undoState,
  updateCard,
} from '../../src/storage';
import { db, setDatabase } from '../../src/storage/database';
import { MyPlanDb } from '../../src/storage/db';
import { canonical, tableHashes } from '../support/tableHashes';
import { sampleBundle } from '../sharing/files/sampleBundle';

const opened: MyPlanDb[] = [];

/** Switches to a new empty database (a fresh browser profile). */
async function freshDatabase(): Promise<MyPlanDb> {
  const database = new MyPlanDb(`fresh-${opened.length}-${Math.random().toString(36).slice(2)}`);
  opened.push(database);
  setDatabase(database);
  await database.open();
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await database.delete();
  }
});

/** Stores every record of a bundle as it is (the device the file comes from). */
async function seed(bundle: PlanBundle): Promise<void> {
  const d = db();
  await d.people.put(bundle.person);
  await d.plans.bulkPut(bundle.plans);
  await d.cards.bulkPut(bundle.cards);
  await d.supporters.bulkPut(bundle.supporters);
  await d.meetings.bulkPut(bundle.meetings);
  await d.pictures.bulkPut(bundle.pictures);
  await d.recordings.bulkPut(bundle.recordings);
}

async function addAlex(): Promise<void> {
  await db().people.put({
    id: 'alex',
    name: 'Alex',
    picture: { kind: 'symbol', symbolId: '1f600' },
    createdAt: 1,
    updatedAt: 1,
  });
}

/** The content of a person's stored plans, with ids replaced by what they point at. */
async function planContent(personId: string) {
  const plans = (await listPlans(personId)).sort((a, b) => a.createdAt - b.createdAt);
  return Promise.all(
    plans.map(async (plan) => {
      const laneIndex = new Map(plan.lanes.map((lane, i) => [lane.id, i]));
      const pictureBytes = async (ref: { kind: string; pictureId?: string }) =>
        ref.pictureId ? canonical((await db().pictures.get(ref.pictureId))?.bytes) : ref;
      const cards = await Promise.all(
        (await listCards(plan.id)).map(async (card) => ({
          lane: laneIndex.get(card.laneId),
          words: card.words,
          colour: card.colour,
          order: card.order,
          picture: await pictureBytes(card.picture),
          voice:
            card.recordingId && canonical((await db().recordings.get(card.recordingId))?.bytes),
          steps: card.steps?.map((step) => step.words),
          helpers: await Promise.all(
            (card.helperIds ?? []).map(async (id) => (await db().supporters.get(id))?.name),
          ),
          ratings: card.ratings?.map((rating) => [rating.value, rating.wish, rating.at]),
          notes: card.notes?.map((note) => note.words),
          isPrivate: card.isPrivate,
        })),
      );
      return {
        title: plan.title,
        templateId: plan.templateId,
        lanes: plan.lanes.map((l) => l.titleKey),
        cards,
      };
    }),
  );
}

describe('collectPlanBundle', () => {
  it('takes only the chosen cards, never a private one, and only what they use', async () => {
    const sam = sampleBundle();
    await seed(sam);
    const bundle = await collectPlanBundle('s-person', {
      planIds: ['s-goals'],
      cardIds: ['s-card-cat', 's-card-secret', 's-card-home'],
      meetingIds: ['s-meeting'],
    });
    expect(bundle.kind).toBe('plans');
    expect(bundle.plans.map((p) => p.id)).toEqual(['s-goals']);
    // The private card is left out even though it was asked for; a card of another plan too.
    expect(bundle.cards.map((c) => c.id)).toEqual(['s-card-cat']);
    expect(JSON.stringify(bundle)).not.toContain('secret');
    expect(bundle.pictures.map((p) => p.id).sort()).toEqual([
      's-pic-anna',
      's-pic-cat',
      's-pic-face',
    ]);
    expect(bundle.recordings.map((r) => r.id)).toEqual(['s-rec-1']);
    expect(bundle.supporters.map((s) => s.id)).toEqual(['s-anna']);
    expect(bundle.person.preferences).toBeUndefined();
    expect(bundle.meetings[0]?.actionCardIds).toEqual([]);
    expect(bundle.meetings[0]?.planIds).toEqual(['s-goals']);
    await expect(
      collectPlanBundle('s-person', { planIds: ['nope'], cardIds: [] }),
    ).rejects.toMatchObject({
      problem: 'not-found',
    });
  });

  it('leaves a card out once it is made private, wherever it is asked for', async () => {
    await seed(sampleBundle());
    await updateCard('s-card-swim', { isPrivate: true });
    const bundle = await collectPlanBundle('s-person', {
      planIds: ['s-goals'],
      cardIds: ['s-card-swim'],
    });
    expect(bundle.cards).toEqual([]);
  });
});

describe('importPlanBundle', () => {
  it('imports a file as a new copy with the same content in a fresh database', async () => {
    await seed(sampleBundle());
    const before = await planContent('s-person');
    const bundle = await collectPlanBundle('s-person', {
      planIds: ['s-goals', 's-life'],
      cardIds: ['s-card-cat', 's-card-swim', 's-card-home'],
      meetingIds: ['s-meeting'],
    });
    const file = await writeMyPlanFile(bundle, 'pw');

    await freshDatabase();
    await addAlex();
    const read = await readMyPlanFile(new Blob([file]), 'pw');
    expect(await existingPlanIds(read, 'alex')).toEqual([]);
    const planIds = await importPlanBundle(read, 'alex', 'new');
    expect(planIds).toHaveLength(2);
    expect(planIds).not.toContain('s-goals');
    const expected = before.map((plan) => ({
      ...plan,
      cards: plan.cards.filter((card) => !card.isPrivate),
    }));
    expect(await planContent('alex')).toEqual(expected);
    expect(await db().people.count()).toBe(1);
    expect(await db().meetings.where('personId').equals('alex').count()).toBe(1);
    // Twice gives two copies, never one over the other.
    await importPlanBundle(read, 'alex', 'new');
    expect(await listPlans('alex')).toHaveLength(4);
  });

  it('updates the plans a person has: their cards replaced, their undo history cleared', async () => {
    await seed(sampleBundle());
    const bundle = await collectPersonBundle('s-person');
    await updateCard('s-card-swim', { words: 'Swim on Monday' });
    expect((await undoState('s-goals')).canUndo).toBe(true);
    await updateCard('s-card-home', { words: 'Changed here' });

    const changed = structuredClone(bundle);
    changed.cards = changed.cards.filter((card) => card.id !== 's-card-cat');
    changed.cards.find((card) => card.id === 's-card-home')!.words = 'My new flat';
    changed.plans.find((plan) => plan.id === 's-life')!.title = 'My life now';
    expect(await existingPlanIds(changed, 's-person')).toEqual(['s-goals', 's-life']);
    const ids = await importPlanBundle(changed, 's-person', 'update');
    expect(ids).toEqual(['s-goals', 's-life']);
    const goals = await listCards('s-goals');
    expect(goals.map((c) => c.words).sort()).toEqual(['My secret', 'Swim']);
    expect((await listCards('s-life')).map((c) => c.words)).toEqual(['My new flat']);
    expect((await db().plans.get('s-life'))?.title).toBe('My life now');
    expect(await undoState('s-goals')).toMatchObject({ canUndo: false, canRedo: false });
    expect(await listPlans('s-person')).toHaveLength(2);
  });

  it('never writes over records of someone else, whatever ids a file carries', async () => {
    await seed(sampleBundle());
    await addAlex();
    const alexPlan = { ...(await db().plans.get('s-life'))!, id: 'alex-plan', personId: 'alex' };
    await db().plans.put(alexPlan);
    const alexCard = {
      ...(await db().cards.get('s-card-home'))!,
      id: 'alex-card',
      planId: 'alex-plan',
    };
    await db().cards.put(alexCard);
    const hostile = structuredClone(await collectPersonBundle('s-person'));
    hostile.plans[1]!.id = 'alex-plan';
    for (const card of hostile.cards) if (card.planId === 's-life') card.planId = 'alex-plan';
    hostile.cards[0]!.id = 'alex-card';
    await importPlanBundle(hostile, 's-person', 'update');
    expect(await db().plans.get('alex-plan')).toEqual(alexPlan);
    expect(await db().cards.get('alex-card')).toEqual(alexCard);
    expect(await listPlans('s-person')).toHaveLength(3);
  });

  it('changes nothing when the bundle does not hold together, or a write fails half way', async () => {
    await seed(sampleBundle());
    await addAlex();
    const bundle = await collectPersonBundle('s-person');
    const before = await tableHashes();

    const broken = structuredClone(bundle);
    broken.cards[0]!.laneId = 'no-such-lane';
    await expect(importPlanBundle(broken, 'alex', 'new')).rejects.toMatchObject({
      problem: 'invalid',
    });
    await expect(importPlanBundle(bundle, 'nobody', 'new')).rejects.toMatchObject({
      problem: 'not-found',
    });
    await expect(restorePersonBundle({ ...bundle, kind: 'plans' })).rejects.toMatchObject({
      problem: 'invalid',
    });
    expect(await tableHashes()).toEqual(before);

    const failing = vi.spyOn(db().recordings, 'bulkPut').mockRejectedValue(new Error('disk gone'));
    await expect(importPlanBundle(bundle, 'alex', 'new')).rejects.toMatchObject({
      problem: 'unknown',
    });
    await expect(importPlanBundle(bundle, 's-person', 'update')).rejects.toMatchObject({
      problem: 'unknown',
    });
    await expect(restorePersonBundle(bundle)).rejects.toMatchObject({ problem: 'unknown' });
    expect(failing).toHaveBeenCalledTimes(3);
    expect(await tableHashes()).toEqual(before);
  });
});

describe('collectPersonBundle and restorePersonBundle', () => {
  it('restores a backup into an empty database record for record, byte for byte', async () => {
    await seed(sampleBundle());
    await addAlex();
    const source = await tableHashes();
    const backup = await collectPersonBundle('s-person');
    expect(backup.cards.map((c) => c.id)).toContain('s-card-secret');
    expect(backup.pictures.map((p) => p.id)).toContain('s-pic-unused');
    const file = await writeMyPlanFile(backup);

    await freshDatabase();
    const read = await readMyPlanFile(new Blob([file]));
    expect(await restorePersonBundle(read)).toBe('s-person');
    const restored = await tableHashes();
    for (const table of ['plans', 'cards', 'supporters', 'meetings', 'pictures', 'recordings']) {
      expect(restored[table], table).toBe(source[table]);
    }
    expect(canonical(await db().people.toArray())).toBe(canonical([sampleBundle().person]));
  });

  it('replaces all data of a person already there, and nobody else', async () => {
    await seed(sampleBundle());
    await addAlex();
    const backup = await collectPersonBundle('s-person');
    await updateCard('s-card-swim', { words: 'Changed after the backup' });
    await db().people.update('s-person', { name: 'Samuel' });
    await db().cards.put({ ...backup.cards[0]!, id: 's-card-new', words: 'New after the backup' });
    await db().plans.put({ ...backup.plans[0]!, id: 'alex-plan', personId: 'alex' });
    const alexBefore = canonical(await db().plans.get('alex-plan'));

    await restorePersonBundle(backup);
    expect((await collectPersonBundle('s-person')).cards.map((c) => c.id).sort()).toEqual(
      backup.cards.map((c) => c.id).sort(),
    );
    expect((await db().cards.get('s-card-swim'))?.words).toBe('Swim');
    expect((await db().people.get('s-person'))?.name).toBe('Sam');
    expect(await db().history.count()).toBe(0);
    expect(canonical(await db().plans.get('alex-plan'))).toBe(alexBefore);
  });
});

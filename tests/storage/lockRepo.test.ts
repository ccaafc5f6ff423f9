// The picture code as stored: only a salted hash, wrong tries counted and kept (so a reload does
// not end a wait), the wait refusing even the right code, and a helper's removal on the record.
import { describe, expect, it } from 'vitest';
import { FIRST_WAIT_MS } from '../../src/domain/pictureCode';
import { TEMPLATES } from '../../src/domain/templates';
import {
  addCard,
  addPerson,
  createPlan,
  getLockSummary,
  getPerson,
  markResetsSeen,
  ownerOf,
  removePictureCode,
  resetPictureCode,
  setIdleMinutes,
  setPictureCode,
  startMeeting,
  StorageError,
  tryPictureCode,
} from '../../src/storage';

const CODE = ['cat', 'apple', 'sun'];
const WRONG = ['dog', 'apple', 'sun'];

async function personWithCode() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  await setPictureCode(person.id, CODE);
  return person.id;
}

describe('lockRepo', () => {
  it('keeps a salted hash of the code, never the pictures', async () => {
    const id = await personWithCode();
    const stored = await getPerson(id);
    expect(stored?.lock).toMatchObject({ idleMinutes: 2, failedTries: 0, resets: [] });
    expect(stored?.lock?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.lock?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(stored)).not.toMatch(/cat|apple|"sun"/);
    expect(await getLockSummary(id)).toEqual({
      personId: id,
      hasCode: true,
      idleMinutes: 2,
      failedTries: 0,
      resets: [],
    });
  });

  it('refuses a code that is not 3 known pictures and stores nothing', async () => {
    const person = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    for (const ids of [
      ['cat', 'dog'],
      ['cat', 'dog', 'lion'],
    ]) {
      const error = await setPictureCode(person.id, ids).catch((e: unknown) => e);
      expect((error as StorageError).problem).toBe('invalid');
    }
    expect((await getPerson(person.id))?.lock).toBeUndefined();
  });

  it('opens with the right code and counts wrong ones until it is right', async () => {
    const id = await personWithCode();
    expect(await tryPictureCode(id, WRONG, 1000)).toEqual({ result: 'wrong', triesLeft: 4 });
    expect(await tryPictureCode(id, ['cat'], 1000)).toEqual({ result: 'wrong', triesLeft: 3 });
    expect((await getLockSummary(id))?.failedTries).toBe(2);
    expect(await tryPictureCode(id, CODE, 1000)).toEqual({ result: 'right' });
    expect((await getLockSummary(id))?.failedTries).toBe(0);
  });

  it('waits after 5 wrong tries, kept in storage, refusing even the right code', async () => {
    const id = await personWithCode();
    const now = 1_000_000;
    for (let i = 0; i < 4; i += 1) await tryPictureCode(id, WRONG, now);
    expect(await tryPictureCode(id, WRONG, now)).toEqual({
      result: 'wrong',
      triesLeft: 0,
      waitUntil: now + FIRST_WAIT_MS,
    });
    // A reload reads the same wait from storage.
    expect((await getLockSummary(id))?.waitUntil).toBe(now + FIRST_WAIT_MS);
    expect(await tryPictureCode(id, CODE, now + 1000)).toEqual({
      result: 'waiting',
      waitUntil: now + FIRST_WAIT_MS,
    });
    expect((await getLockSummary(id))?.failedTries).toBe(5);
    // After the wait, one more wrong try waits twice as long.
    const later = now + FIRST_WAIT_MS;
    expect(await tryPictureCode(id, WRONG, later)).toMatchObject({
      waitUntil: later + 2 * FIRST_WAIT_MS,
    });
    const after = later + 2 * FIRST_WAIT_MS;
    expect(await tryPictureCode(id, CODE, after)).toEqual({ result: 'right' });
    const summary = await getLockSummary(id);
    expect(summary?.failedTries).toBe(0);
    expect(summary?.waitUntil).toBeUndefined();
  });

  it('lets anyone in when there is no code', async () => {
    const person = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    expect(await tryPictureCode(person.id, WRONG)).toEqual({ result: 'right' });
  });

  it('removes the code when the person turns it off, keeping the idle time', async () => {
    const id = await personWithCode();
    await setIdleMinutes(id, 5);
    await removePictureCode(id);
    const lock = (await getPerson(id))?.lock;
    expect(lock).toEqual({ idleMinutes: 5, failedTries: 0, resets: [] });
  });

  it('records a helper removing a forgotten code until the person has seen it', async () => {
    const id = await personWithCode();
    for (let i = 0; i < 5; i += 1) await tryPictureCode(id, WRONG, 50);
    const error = await resetPictureCode(id, '   ').catch((e: unknown) => e);
    expect((error as StorageError).problem).toBe('invalid');
    expect((await getLockSummary(id))?.hasCode).toBe(true);

    await resetPictureCode(id, ' Lars ', 2000);
    expect(await getLockSummary(id)).toEqual({
      personId: id,
      hasCode: false,
      idleMinutes: 2,
      failedTries: 0,
      resets: [{ at: 2000, by: 'Lars' }],
    });
    await markResetsSeen(id, 3000);
    await setPictureCode(id, CODE);
    await resetPictureCode(id, 'Mia', 4000);
    expect((await getLockSummary(id))?.resets).toEqual([
      { at: 2000, by: 'Lars', seenAt: 3000 },
      { at: 4000, by: 'Mia' },
    ]);
  });

  it('records nothing when there is no code to remove', async () => {
    const person = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    await resetPictureCode(person.id, 'Lars');
    expect((await getLockSummary(person.id))?.resets).toEqual([]);
  });

  it('says not-found for a person who is not here', async () => {
    const error = await tryPictureCode('nobody', CODE).catch((e: unknown) => e);
    expect((error as StorageError).problem).toBe('not-found');
    expect(await getLockSummary('nobody')).toBeUndefined();
  });

  it('knows whose plan, card and meeting it is', async () => {
    const id = await personWithCode();
    const template = TEMPLATES[0];
    if (!template) throw new Error('no templates');
    const plan = await createPlan(id, template);
    const laneId = plan.lanes[0]?.id ?? '';
    const picture = { kind: 'symbol', symbolId: '1f431' } as const;
    const card = await addCard({
      planId: plan.id,
      laneId,
      picture,
      words: 'Swim',
      colour: 'green',
    });
    const meeting = await startMeeting({ personId: id, participantIds: [], planIds: [plan.id] });
    expect(await ownerOf({ kind: 'plan', id: plan.id })).toBe(id);
    expect(await ownerOf({ kind: 'card', id: card.id })).toBe(id);
    expect(await ownerOf({ kind: 'meeting', id: meeting.id })).toBe(id);
  });

  it('knows nobody owns what is not here', async () => {
    expect(await ownerOf({ kind: 'plan', id: 'none' })).toBeUndefined();
    expect(await ownerOf({ kind: 'card', id: 'none' })).toBeUndefined();
    expect(await ownerOf({ kind: 'meeting', id: 'none' })).toBeUndefined();
  });
});

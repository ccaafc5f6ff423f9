// Lanes: add, rename, move and remove, each undoable; removing a lane takes its cards along
// and undo brings both back.
import { describe, expect, it } from 'vitest';
import { EMPTY_BOARD, templateById } from '../../src/domain/templates';
import {
  addCard,
  addLane,
  addPerson,
  createPlan,
  getPlan,
  listCards,
  moveLane,
  redo,
  removeLane,
  renameLane,
  undo,
} from '../../src/storage';

async function goalsPlan() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = templateById('my-goals');
  if (!template) throw new Error('no template');
  return createPlan(person.id, template);
}

const laneNames = async (planId: string) =>
  (await getPlan(planId))?.lanes.map((lane) => lane.title ?? lane.titleKey);

describe('lanes repository', () => {
  it('adds, renames and moves lanes, and undo takes each back', async () => {
    const plan = await goalsPlan();
    await addLane(plan.id, ' Holidays ');
    expect(await laneNames(plan.id)).toEqual([
      'lanes.now',
      'lanes.next',
      'lanes.later',
      'lanes.done',
      'Holidays',
    ]);
    const now = plan.lanes[0]?.id ?? '';
    await renameLane(plan.id, now, 'Today');
    await moveLane(plan.id, now, 1);
    expect((await laneNames(plan.id))?.slice(0, 2)).toEqual(['lanes.next', 'Today']);
    await undo(plan.id);
    await undo(plan.id);
    expect((await laneNames(plan.id))?.slice(0, 2)).toEqual(['lanes.now', 'lanes.next']);
    await redo(plan.id);
    expect((await laneNames(plan.id))?.[0]).toBe('Today');
  });

  it('removes a lane with its cards in one step, and undo brings both back', async () => {
    const plan = await goalsPlan();
    const next = plan.lanes[1]?.id ?? '';
    for (const words of ['Swim', 'Cook']) {
      await addCard({
        planId: plan.id,
        laneId: next,
        picture: { kind: 'symbol', symbolId: '1f431' },
        words,
        colour: 'green',
      });
    }
    await removeLane(plan.id, next);
    expect(await laneNames(plan.id)).toEqual(['lanes.now', 'lanes.later', 'lanes.done']);
    expect(await listCards(plan.id)).toEqual([]);
    await undo(plan.id);
    expect(await laneNames(plan.id)).toEqual([
      'lanes.now',
      'lanes.next',
      'lanes.later',
      'lanes.done',
    ]);
    expect((await listCards(plan.id)).map((c) => c.words)).toEqual(['Swim', 'Cook']);
  });

  it('refuses to remove the last lane or to add an empty name, changing nothing', async () => {
    const person = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    const plan = await createPlan(person.id, EMPTY_BOARD, { title: 'Mine', laneTitles: ['Only'] });
    expect(plan.title).toBe('Mine');
    await expect(removeLane(plan.id, plan.lanes[0]?.id ?? '')).rejects.toMatchObject({
      problem: 'invalid',
    });
    await expect(addLane(plan.id, '   ')).rejects.toMatchObject({ problem: 'invalid' });
    expect(await laneNames(plan.id)).toEqual(['Only']);
  });
});

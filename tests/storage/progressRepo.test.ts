// The progress reads: a person's plans with cards and history (oldest first, undone included),
// and one goal, only when it belongs to that person. Seeded through the storage functions.
import { describe, expect, it } from 'vitest';
import { goalEvents } from '../../src/progress/goalEvents';
import { moveCard, readGoalRecords, readPersonPlans, undo, updateCard } from '../../src/storage';
import { seedCard, seedPlan } from '../progress/progressSeed';

describe('progressRepo', () => {
  it('reads a goal with its history: added, moved, an undone move left out', async () => {
    const { personId, plan, lane } = await seedPlan();
    const card = await seedCard(plan.id, lane(0), 'Swim');
    await moveCard(card.id, { laneId: lane(1) });
    await updateCard(card.id, { ratings: [{ value: 3, at: Date.now(), wish: 5 }] });
    await moveCard(card.id, { laneId: lane(2) });
    await undo(plan.id);

    const records = await readGoalRecords(personId, card.id);
    if (!records) throw new Error('no records');
    expect(records.plan.id).toBe(plan.id);
    expect(records.history.map((e) => [e.action, e.undone])).toEqual([
      ['card-add', 0],
      ['card-move', 0],
      ['card-edit', 0],
      ['card-move', 1],
    ]);
    expect(goalEvents(records.card, records.history).map((e) => e.kind)).toEqual([
      'added',
      'moved',
      'rated',
    ]);
    expect(goalEvents(records.card, records.history)[1]).toMatchObject({
      fromLaneId: lane(0),
      toLaneId: lane(1),
    });
  });

  it('reads every plan of the person, and no goal of another person', async () => {
    const ana = await seedPlan();
    const bo = await seedPlan();
    const card = await seedCard(ana.plan.id, ana.lane(0), 'Swim');
    const plans = await readPersonPlans(ana.personId);
    expect(plans.map((p) => p.plan.id)).toEqual([ana.plan.id]);
    expect(plans[0]?.cards.map((c) => c.id)).toEqual([card.id]);
    expect(await readGoalRecords(bo.personId, card.id)).toBeUndefined();
    expect(await readGoalRecords(ana.personId, 'nothing')).toBeUndefined();
  });
});

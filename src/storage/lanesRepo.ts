// Lane changes of a plan (add, rename, move, remove), each one transaction recorded for undo.
// Removing a lane removes its cards in the same entry, so undo brings both back.
import { withLaneAdded, withLaneMoved, withLaneRemoved, withLaneRenamed } from '../domain/lanes';
import { loadSchemas } from './schemas';
import type { HistoryAction, Lane, Plan, RecordChange } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { recordChanges } from './historyRepo';
import { writeTogether } from './write';

async function changePlan(
  planId: string,
  action: HistoryAction,
  change: (plan: Plan) => Plan,
): Promise<Plan> {
  const { planSchema } = await loadSchemas();
  const { cards, history, plans } = db();
  return writeTogether([cards, history, plans], async () => {
    const plan = await plans.get(planId);
    if (!plan) throw new StorageError('not-found');
    let next: Plan;
    try {
      next = { ...change(plan), updatedAt: Date.now() };
    } catch (error) {
      throw new StorageError('invalid', error);
    }
    const parsed = planSchema.safeParse(next);
    if (!parsed.success) throw new StorageError('invalid', parsed.error);
    const changes: RecordChange[] = [{ table: 'plans', key: plan.id, before: plan, after: next }];
    const kept = new Set(next.lanes.map((lane) => lane.id));
    const orphans = (await cards.where('planId').equals(planId).toArray()).filter(
      (card) => !kept.has(card.laneId),
    );
    for (const card of orphans) {
      await cards.delete(card.id);
      changes.push({ table: 'cards', key: card.id, before: card, after: null });
    }
    await plans.put(next);
    await recordChanges(planId, action, changes, next.updatedAt);
    return next;
  });
}

/** Adds a lane named by the person at the end of the plan. */
export function addLane(planId: string, title: string, symbolId = '1f4cc'): Promise<Plan> {
  const lane: Lane = { id: crypto.randomUUID(), symbolId, title: title.trim() };
  return changePlan(planId, 'lane-add', (plan) => withLaneAdded(plan, lane));
}

/** Gives a lane a new name. */
export function renameLane(planId: string, laneId: string, title: string): Promise<Plan> {
  return changePlan(planId, 'lane-edit', (plan) => withLaneRenamed(plan, laneId, title));
}

/** Moves a lane one place earlier (−1) or later (+1). */
export function moveLane(planId: string, laneId: string, delta: -1 | 1): Promise<Plan> {
  return changePlan(planId, 'lane-move', (plan) => withLaneMoved(plan, laneId, delta));
}

/** Removes a lane and its cards (undo brings them all back). */
export function removeLane(planId: string, laneId: string): Promise<Plan> {
  return changePlan(planId, 'lane-delete', (plan) => withLaneRemoved(plan, laneId));
}

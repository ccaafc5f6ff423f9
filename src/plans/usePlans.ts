// Live reads of plans, their cards and whether undo is possible.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Plan } from '../domain/types';
import { getPlan, listCards, listPlans, undoState, type UndoState } from '../storage';

/** A person's plans, or undefined while loading. */
export function usePlans(personId: string): Plan[] | undefined {
  return useLiveQuery(() => listPlans(personId), [personId]);
}

/** One plan; null when there is no such plan, undefined while loading. */
export function usePlan(planId: string): Plan | null | undefined {
  return useLiveQuery(async () => (await getPlan(planId)) ?? null, [planId]);
}

/** All cards of a plan in order, or undefined while loading. */
export function useCards(planId: string): Card[] | undefined {
  return useLiveQuery(() => listCards(planId), [planId]);
}

/** Whether undo and redo are possible for a plan. */
export function useUndoState(planId: string): UndoState | undefined {
  return useLiveQuery(() => undoState(planId), [planId]);
}

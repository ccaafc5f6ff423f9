// What the progress screens read: a person's plans with their cards and change history, and one
// goal (card) with its plan and history. Read only; the progress logic lives in src/progress.
import type { Card, HistoryEntry, Plan } from '../domain/types';
import { db } from './database';

/** One plan as the progress screens need it: its cards and every change ever recorded. */
export interface PlanRecords {
  plan: Plan;
  cards: Card[];
  /** The plan's history, oldest first, undone entries included (marked `undone: 1`). */
  history: HistoryEntry[];
}

/** One goal as its progress screen needs it. */
export interface GoalRecords extends PlanRecords {
  card: Card;
}

async function planHistory(planId: string): Promise<HistoryEntry[]> {
  const entries = await db().history.where('planId').equals(planId).toArray();
  return entries.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

async function planRecords(plan: Plan): Promise<PlanRecords> {
  const [cards, history] = await Promise.all([
    db().cards.where('planId').equals(plan.id).toArray(),
    planHistory(plan.id),
  ]);
  return { plan, cards, history };
}

/** Every plan of a person (oldest first) with its cards and history. */
export async function readPersonPlans(personId: string): Promise<PlanRecords[]> {
  const plans = await db().plans.where('personId').equals(personId).toArray();
  plans.sort((a, b) => a.createdAt - b.createdAt);
  return Promise.all(plans.map(planRecords));
}

/**
 * One card with its plan and the plan's history, or undefined when there is no such card or it
 * does not belong to one of `personId`'s plans.
 */
export async function readGoalRecords(
  personId: string,
  cardId: string,
): Promise<GoalRecords | undefined> {
  const card = await db().cards.get(cardId);
  if (!card) return undefined;
  const plan = await db().plans.get(card.planId);
  if (plan?.personId !== personId) return undefined;
  const records = await planRecords(plan);
  return { ...records, card };
}

// Live reads for the progress screens: a person's goals with progress (plan by plan) and their
// meetings, and one goal with its plan and history.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Meeting, Plan } from '../domain/types';
import { listMeetings, readGoalRecords, readPersonPlans, type GoalRecords } from '../storage';
import { goalsWithProgress } from './goalEvents';

/** A plan and those of its goals that have ratings or moved. */
export interface PlanGoals {
  plan: Plan;
  goals: Card[];
}

/** Everything the person's progress screen shows. */
export interface PersonProgress {
  /** Only plans that have goals with progress. */
  plans: PlanGoals[];
  meetings: Meeting[];
}

/** A person's progress, or undefined while loading. */
export function usePersonProgress(personId: string): PersonProgress | undefined {
  return useLiveQuery(async () => {
    const [records, meetings] = await Promise.all([
      readPersonPlans(personId),
      listMeetings(personId),
    ]);
    const plans = records
      .map(({ plan, cards, history }) => ({ plan, goals: goalsWithProgress(plan, cards, history) }))
      .filter(({ goals }) => goals.length > 0);
    return { plans, meetings };
  }, [personId]);
}

/** One goal of a person with its plan and history; null when there is none, undefined while loading. */
export function useGoalRecords(personId: string, cardId: string): GoalRecords | null | undefined {
  return useLiveQuery(
    async () => (await readGoalRecords(personId, cardId)) ?? null,
    [personId, cardId],
  );
}

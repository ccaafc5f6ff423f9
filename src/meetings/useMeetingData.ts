// Live reads for the meeting screen: the plans chosen for the meeting and the cards of one plan.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Plan } from '../domain/types';
import { getPlan, listCards } from '../storage';

/** The meeting's plans that still exist, in the meeting's order; undefined while loading. */
export function useMeetingPlans(planIds: readonly string[] | undefined): Plan[] | undefined {
  // The ids as one string: a new meeting record with the same plans does not read them again.
  const key = planIds?.join(',');
  return useLiveQuery(async () => {
    if (key === undefined) return undefined;
    const plans = await Promise.all(key.split(',').map((id) => (id ? getPlan(id) : undefined)));
    return plans.filter((plan): plan is Plan => plan !== undefined);
  }, [key]);
}

/** The cards of a plan in order; undefined while loading or when there is no plan. */
export function usePlanCards(planId: string | undefined): Card[] | undefined {
  return useLiveQuery(async () => (planId ? listCards(planId) : undefined), [planId]);
}

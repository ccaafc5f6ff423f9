// Live reads for the share screen: the plan, its cards, the person and their helpers.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Person, Plan, Supporter } from '../domain/types';
import { getPerson, getPlan, listCards, listSupporters } from '../storage';

/** Everything the share screen shows; null when the plan is gone, undefined while loading. */
export interface ShareData {
  plan: Plan;
  cards: Card[];
  person?: Person;
  supporters: Supporter[];
}

/** The plan `planId` of `personId` with its cards, person and helpers. */
export function useShareData(personId: string, planId: string): ShareData | null | undefined {
  return useLiveQuery(async () => {
    const plan = await getPlan(planId);
    if (!plan || plan.personId !== personId) return null;
    const [cards, person, supporters] = await Promise.all([
      listCards(planId),
      getPerson(personId),
      listSupporters(personId),
    ]);
    return { plan, cards, person, supporters };
  }, [personId, planId]);
}

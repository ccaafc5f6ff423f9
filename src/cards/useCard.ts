// Live reads for the card screen: one card, and the supporters of a person.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Supporter } from '../domain/types';
import { getCard, listSupporters } from '../storage';

/** One card; null when there is no such card, undefined while loading. */
export function useCard(cardId: string): Card | null | undefined {
  return useLiveQuery(async () => (await getCard(cardId)) ?? null, [cardId]);
}

/** A person's supporters, oldest first, or undefined while loading. */
export function useSupporters(personId: string): Supporter[] | undefined {
  return useLiveQuery(() => listSupporters(personId), [personId]);
}

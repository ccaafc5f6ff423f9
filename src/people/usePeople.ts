// Reads the people on this tablet, live: the list updates when anyone is added, in any tab.
import { useLiveQuery } from 'dexie-react-hooks';
import { getPerson, listPeople } from '../storage';
import type { Person } from '../domain/types';

/** Everyone on this device, or undefined while loading. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(() => listPeople(), []);
}

/** One person; null when there is no such person, undefined while loading. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => (await getPerson(id)) ?? null, [id]);
}

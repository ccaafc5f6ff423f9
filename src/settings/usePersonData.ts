// Live data for Settings' people and storage parts: everyone on the tablet, how much each one has,
// and when each person's last copy of everything was saved.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../domain/types';
import { countPersonData, lastBackupTimes, listPeople, type PersonDataCount } from '../storage';

/** Everyone on this tablet, oldest first; undefined while reading. */
export function usePeopleOnTablet(): Person[] | undefined {
  return useLiveQuery(() => listPeople(), []);
}

/** How much of the person's data is on this tablet, or undefined while reading. */
export function usePersonDataCount(personId: string): PersonDataCount | undefined {
  return useLiveQuery(() => countPersonData(personId), [personId]);
}

/** When each person's last copy of everything was saved, by person id; undefined while reading. */
export function useLastBackups(): Record<string, number> | undefined {
  return useLiveQuery(() => lastBackupTimes(), []);
}

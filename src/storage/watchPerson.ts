// Tells a caller each time one person's record changes (e.g. "How I like it"), so screens can
// share one subscription per person instead of one live query per component.
import { liveQuery } from 'dexie';
import type { Person } from '../domain/types';
import { getPerson } from './peopleRepo';

/**
 * Calls `onChange` with the person now and after every change to them (undefined: no such person).
 * Returns the function that stops watching.
 */
export function watchPerson(
  personId: string,
  onChange: (person: Person | undefined) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(() => getPerson(personId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

// A person's "how I like it" preferences, live: a change on the settings screen is used at once.
// Every component asking for the same person shares ONE subscription (a board has a Listen button
// per card: one live query each made opening a big board slow).
import { useCallback, useSyncExternalStore } from 'react';
import { withDefaults } from '../domain/preferences';
import type { Preferences } from '../domain/types';
import { watchPerson } from '../storage';

const DEFAULTS = withDefaults(undefined);

interface Shared {
  value: Preferences;
  listeners: Set<() => void>;
  stop?: () => void;
}

const shared = new Map<string, Shared>();

function sharedFor(personId: string): Shared {
  let entry = shared.get(personId);
  if (!entry) {
    entry = { value: DEFAULTS, listeners: new Set() };
    shared.set(personId, entry);
  }
  return entry;
}

function subscribe(personId: string, onChange: () => void): () => void {
  const entry = sharedFor(personId);
  entry.listeners.add(onChange);
  entry.stop ??= watchPerson(personId, (person) => {
    entry.value = withDefaults(person?.preferences);
    entry.listeners.forEach((listener) => listener());
  });
  return () => {
    entry.listeners.delete(onChange);
    if (entry.listeners.size > 0) return;
    // Nobody shows this person now: stop watching. The last choices stay as a first answer for
    // the next screen; the watch corrects them at once if they changed meanwhile.
    entry.stop?.();
    entry.stop = undefined;
  };
}

/** The preferences of `personId`; the defaults while loading, or when there is no such person. */
export function usePreferences(personId?: string): Preferences {
  const subscribeTo = useCallback(
    (onChange: () => void) => (personId ? subscribe(personId, onChange) : () => undefined),
    [personId],
  );
  const read = () => (personId ? (shared.get(personId)?.value ?? DEFAULTS) : DEFAULTS);
  return useSyncExternalStore(subscribeTo, read, read);
}

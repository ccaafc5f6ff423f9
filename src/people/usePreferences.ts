// A person's "how I like it" preferences, live: a change on the settings screen is used at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { withDefaults } from '../domain/preferences';
import type { Preferences } from '../domain/types';
import { getPerson } from '../storage';

/** The preferences of `personId`; the defaults while loading, or when there is no such person. */
export function usePreferences(personId?: string): Preferences {
  const stored = useLiveQuery(
    async () => (personId ? ((await getPerson(personId))?.preferences ?? null) : null),
    [personId],
  );
  return useMemo(() => withDefaults(stored ?? undefined), [stored]);
}

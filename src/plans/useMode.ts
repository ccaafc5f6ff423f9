// The person's mode on their own screens: "me" (few big buttons) or "helper" (every tool).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Mode } from '../domain/types';
import { getPerson } from '../storage';

/** The mode of the person `personId`; "me" until it is known. */
export function useMode(personId: string): Mode {
  const mode = useLiveQuery(async () => (await getPerson(personId))?.preferences?.mode, [personId]);
  return mode ?? 'me';
}

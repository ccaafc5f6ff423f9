// Whose plan, card or meeting a route names, so that one person's address never shows another
// person's things (and never gets round their picture code). An owner never changes, so a found
// owner is kept for the visit; "not here" is kept only while its route is shown (it may arrive
// later, from a file), and asked again next time.
import { use, useEffect } from 'react';
import type { Route } from '../../app/routes';
import { ownerOf, type Owned } from '../../storage';

interface Entry {
  promise: Promise<string | undefined>;
  isNotHere?: boolean;
}

const owners = new Map<string, Entry>();

function ownedBy(route: Route): Owned | undefined {
  switch (route.name) {
    case 'plan':
    case 'add-card':
    case 'share':
      return { kind: 'plan', id: route.planId };
    case 'card':
    case 'goal-progress':
      return { kind: 'card', id: route.cardId };
    case 'meeting':
    case 'meeting-summary':
      return { kind: 'meeting', id: route.meetingId };
    default:
      return undefined;
  }
}

function entryFor(key: string, owned: Owned): Entry {
  const known = owners.get(key);
  if (known) return known;
  const entry: Entry = { promise: ownerOf(owned) };
  owners.set(key, entry);
  entry.promise.then(
    (owner) => {
      entry.isNotHere = owner === undefined;
    },
    () => owners.delete(key),
  );
  return entry;
}

function forgetNotHere(exceptKey: string | undefined): void {
  for (const [key, entry] of owners) {
    if (entry.isNotHere && key !== exceptKey) owners.delete(key);
  }
}

/**
 * True when the route names a plan, card or meeting of a person other than its own. Suspends
 * while that is read. A thing that is not here belongs to nobody: its screen says so.
 */
export function useIsOthersThing(route: Route): boolean {
  const owned = ownedBy(route);
  const key = owned ? `${owned.kind}/${owned.id}` : undefined;
  useEffect(() => forgetNotHere(key), [key]);
  const owner = owned && key ? use(entryFor(key, owned).promise) : undefined;
  return owner !== undefined && 'personId' in route && owner !== route.personId;
}

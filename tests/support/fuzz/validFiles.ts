// Good files, changed the way a person or a careful attacker could: new titles and words, an
// update of the person's own plan, backups, and ids already used on the tablet by Sam or Noor, or
// ids no link can name. Each must import, and prove what it stored.
import { isPlainId } from '../../../src/domain/bundleIds';
import { db } from '../../../src/storage/database';
import { withData, type Bases, type FuzzFile } from './baseFiles';
import { prefixMap, renamed } from './recordMutations';
import { NOOR, SAM } from './seedTablet';

const plansOf = (personId: string) => db().plans.where('personId').equals(personId).toArray();

/** Why `personId`'s plans are not `titles` (in any order), or undefined. */
async function hasPlans(personId: string, titles: string[]): Promise<string | undefined> {
  const found = (await plansOf(personId)).map((plan) => plan.title ?? '').sort();
  const wanted = [...titles].sort();
  return JSON.stringify(found) === JSON.stringify(wanted)
    ? undefined
    : `${personId} has plans ${JSON.stringify(found)}, not ${JSON.stringify(wanted)}`;
}

async function hasWords(words: string): Promise<string | undefined> {
  return (await db().cards.toArray()).some((card) => card.words === words)
    ? undefined
    : `no card says ${words}`;
}

/** Why some stored record has an id no link of the app can name, or undefined. */
export async function oddIdsStored(): Promise<string | undefined> {
  for (const name of [
    'people',
    'plans',
    'cards',
    'supporters',
    'meetings',
    'pictures',
    'recordings',
  ]) {
    for (const record of (await db().table(name).toArray()) as {
      id: string;
      lanes?: { id: string }[];
    }[]) {
      const ids = [record.id, ...(record.lanes ?? []).map((lane) => lane.id)];
      const odd = ids.find((id) => !isPlainId(id));
      if (odd !== undefined) return `${name} keeps the id ${JSON.stringify(odd)}`;
    }
  }
  return undefined;
}

const OWN = ['My goals', 'My life'];
const ODD_IDS = {
  'f-goals': 'my goals',
  'f-lane-1': 'a/b',
  'f-card-cat': '../x',
  'f-meeting': '<m>',
  'f-anna': 'a.b',
  'f-pic-cat': 'pic_1',
};

/** Files that must import, each with its proof. */
export function validFiles(bases: Bases): FuzzFile[] {
  const { plans, backup } = bases;
  const open = (
    name: string,
    bytes: Uint8Array<ArrayBuffer>,
    how: 'new' | 'update',
    proof: FuzzFile['proof'],
  ): FuzzFile => ({
    group: 'good files',
    name,
    bytes,
    route: 'open',
    how,
    expect: 'imports',
    proof,
  });
  const restore = (
    name: string,
    bytes: Uint8Array<ArrayBuffer>,
    proof: FuzzFile['proof'],
    replaces?: string,
  ): FuzzFile => ({
    group: 'good files',
    name,
    bytes,
    route: 'restore',
    expect: 'imports',
    proof,
    replaces,
  });
  const samOnly = prefixMap(plans, 'f', 's');
  return [
    open('a share as it is', plans.bytes, 'new', () => hasPlans(SAM, [...OWN, ...OWN])),
    open(
      'new titles',
      withData(plans, (d) => ((d.plans as { title: string }[])[0]!.title = 'Fuzzed goals')),
      'new',
      () => hasPlans(SAM, [...OWN, 'Fuzzed goals', 'My life']),
    ),
    open(
      'new words',
      withData(plans, (d) => ((d.cards as { words: string }[])[2]!.words = 'Swim on Monday')),
      'new',
      () => hasWords('Swim on Monday'),
    ),
    open(
      'one card less',
      withData(plans, (d) => (d.cards as unknown[]).splice(2, 1)),
      'new',
      async () => ((await db().cards.count()) === 8 + 3 ? undefined : 'not 3 cards more'),
    ),
    open(
      "an update of Sam's own plan",
      renamed(plans, samOnly, (t) => t.replace('"Swim"', '"Swim every week"')),
      'update',
      async () => (await hasPlans(SAM, OWN)) ?? (await hasWords('Swim every week')),
    ),
    open("Sam's ids, added as new", renamed(plans, samOnly), 'new', () =>
      hasPlans(SAM, [...OWN, ...OWN]),
    ),
    open("Noor's ids, added as new", renamed(plans, prefixMap(plans, 'f', 'n')), 'new', () =>
      hasPlans(SAM, [...OWN, ...OWN]),
    ),
    open("Noor's ids, as an update", renamed(plans, prefixMap(plans, 'f', 'n')), 'update', () =>
      hasPlans(SAM, [...OWN, ...OWN]),
    ),
    open(
      "Sam's plans holding Noor's ids, as an update",
      renamed(plans, { ...prefixMap(plans, 'f', 'n'), 'f-goals': 's-goals', 'f-life': 's-life' }),
      'update',
      () => hasPlans(SAM, OWN),
    ),
    open('ids no link can name, as an update', renamed(plans, ODD_IDS), 'update', oddIdsStored),
    restore('a backup of someone new', backup.bytes, () => hasPlans('b-person', OWN)),
    restore(
      "someone new with Noor's ids",
      renamed(backup, prefixMap(backup, 'b', 'n', ['b-person'])),
      async () => (await hasPlans('b-person', OWN)) ?? (await hasPlans(NOOR, OWN)),
    ),
    restore(
      "someone new with Sam's ids",
      renamed(backup, prefixMap(backup, 'b', 's', ['b-person'])),
      async () => (await hasPlans('b-person', OWN)) ?? (await hasPlans(SAM, OWN)),
    ),
    restore(
      'a backup of Sam, put back over Sam',
      renamed(backup, prefixMap(backup, 'b', 's'), (t) => t.replace('"Swim"', '"Swim again"')),
      async () => (await hasPlans(SAM, OWN)) ?? (await hasWords('Swim again')),
      SAM,
    ),
    restore(
      "Sam put back, with Noor's ids",
      renamed(backup, { ...prefixMap(backup, 'b', 'n'), 'b-person': SAM }),
      () => hasPlans(SAM, OWN),
      SAM,
    ),
    restore(
      'ids no link can name',
      renamed(backup, { ...prefixMap(backup, 'b', 'f'), 'b-person': 'b person', ...ODD_IDS }),
      oddIdsStored,
    ),
  ];
}

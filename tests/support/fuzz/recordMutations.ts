// Files whose records do not hold together (an id twice, a reference to nothing, records of
// someone else), and files that are fine but hostile: ids of records already on the tablet, ids
// no link can name, script in the words. Those must import, and touch nobody else.
import { db } from '../../../src/storage/database';
import {
  withData,
  withEntries,
  withDataText,
  type Base,
  type Bases,
  type FuzzFile,
  type Json,
} from './baseFiles';

type Data = { [key: string]: Json };
type Item = { [key: string]: Json };

const list = (data: Data, key: string) => data[key] as Item[];
const first = (data: Data, key: string) => list(data, key)[0]!;

/**
 * The base file with every id in `map` renamed (in data.json and in the entries' names), and
 * the data's text then changed by `change`.
 */
export function renamed(
  base: Base,
  map: Record<string, string>,
  change: (text: string) => string = (text) => text,
): Uint8Array<ArrayBuffer> {
  let text = JSON.stringify(base.data);
  for (const [from, to] of Object.entries(map)) {
    text = text.replaceAll(`"${from}"`, JSON.stringify(to));
  }
  return withEntries(base, (files) => {
    files.set('data.json', change(text));
    for (const folder of ['pictures', 'recordings']) {
      for (const [from, to] of Object.entries(map)) {
        const bytes = files.get(`${folder}/${from}`);
        if (bytes === undefined) continue;
        files.delete(`${folder}/${from}`);
        files.set(`${folder}/${to}`, bytes);
      }
    }
  });
}

/** A map renaming every id of a base file from prefix `from` to `to`, but those in `keep`. */
export function prefixMap(base: Base, from: string, to: string, keep: string[] = []) {
  const ids = JSON.stringify(base.data).match(new RegExp(`"${from}-[a-z0-9-]+"`, 'g')) ?? [];
  const map: Record<string, string> = {};
  for (const quoted of new Set(ids)) {
    const id = JSON.parse(quoted) as string;
    if (!keep.includes(id)) map[id] = `${to}${id.slice(from.length)}`;
  }
  return map;
}

const CHANGES: [string, (data: Data) => void][] = [
  ['card twice', (d) => list(d, 'cards').push(first(d, 'cards'))],
  ['plan twice', (d) => list(d, 'plans').push(first(d, 'plans'))],
  ['supporter twice', (d) => list(d, 'supporters').push(first(d, 'supporters'))],
  ['meeting twice', (d) => list(d, 'meetings').push(first(d, 'meetings'))],
  ['picture twice', (d) => list(d, 'pictures').push(first(d, 'pictures'))],
  ['recording twice', (d) => list(d, 'recordings').push(first(d, 'recordings'))],
  [
    'lane twice',
    (d) => (first(d, 'plans').lanes as Item[]).push((first(d, 'plans').lanes as Item[])[0]!),
  ],
  [
    'step twice',
    (d) => (first(d, 'cards').steps as Item[]).push((first(d, 'cards').steps as Item[])[0]!),
  ],
  [
    'note twice',
    (d) => (first(d, 'cards').notes as Item[]).push((first(d, 'cards').notes as Item[])[0]!),
  ],
  ['two cards, one id', (d) => (list(d, 'cards')[1]!.id = first(d, 'cards').id!)],
  ['card on no plan', (d) => (first(d, 'cards').planId = 'nowhere')],
  ['card in no lane', (d) => (first(d, 'cards').laneId = 'nowhere')],
  [
    'card in a lane of another plan',
    (d) => (list(d, 'cards')[3]!.laneId = first(d, 'cards').laneId!),
  ],
  [
    'card picture missing',
    (d) => (first(d, 'cards').picture = { kind: 'stored', pictureId: 'gone' }),
  ],
  ['card voice missing', (d) => (first(d, 'cards').recordingId = 'gone')],
  ['helper missing', (d) => (first(d, 'cards').helperIds = ['gone'])],
  ['note by nobody', (d) => ((first(d, 'cards').notes as Item[])[0]!.supporterId = 'gone')],
  ['meeting with nobody', (d) => (first(d, 'meetings').participantIds = ['gone'])],
  [
    'person picture missing',
    (d) => ((d.person as Item).picture = { kind: 'stored', pictureId: 'gone' }),
  ],
  [
    'supporter picture missing',
    (d) => (first(d, 'supporters').picture = { kind: 'stored', pictureId: 'gone' }),
  ],
  ['picture not listed', (d) => list(d, 'pictures').pop()],
  ['voice not listed', (d) => list(d, 'recordings').pop()],
  ['plan of someone else', (d) => (first(d, 'plans').personId = 'someone')],
  ['supporter of someone else', (d) => (first(d, 'supporters').personId = 'n-person')],
  ['meeting of someone else', (d) => (first(d, 'meetings').personId = 's-person')],
  ['picture of someone else', (d) => (first(d, 'pictures').personId = 'x')],
  ['voice of someone else', (d) => (first(d, 'recordings').personId = 'x')],
  ['a made-up order key', (d) => (first(d, 'cards').order = '!!')],
  ['an order key that ends in 0', (d) => (first(d, 'cards').order = 'a10')],
  ['a date after the end of time', (d) => (first(d, 'meetings').date = 9_000_000_000_000_000)],
  ['created after the end of time', (d) => (d.createdAt = 9_000_000_000_000_000)],
  [
    'a legend of 1000 colours',
    (d) => (first(d, 'plans').legend = Array(1000).fill({ colour: 'green' })),
  ],
  ['an unknown field on a card', (d) => (first(d, 'cards').isAdmin = true)],
  ['an unknown field at the top', (d) => (d.extra = 1)],
];

/** Records that do not hold together, in both kinds of file. */
export function brokenRecordFiles(bases: Bases): FuzzFile[] {
  return CHANGES.flatMap(([name, change]) =>
    [
      ['open', bases.plans],
      ['restore', bases.backup],
    ].map(([route, base]) => ({
      group: 'records that do not fit',
      name: `${name} (${route as string})`,
      bytes: withData(base as Base, change),
      route: route as 'open' | 'restore',
      expect: 'refused' as const,
    })),
  );
}

/** References the format lets point nowhere, and ids shared across kinds: these import. */
export function allowedOddFiles(bases: Bases): FuzzFile[] {
  const odd: [string, (data: Data) => void][] = [
    ['meeting of a plan not sent', (d) => (first(d, 'meetings').planIds = ['gone'])],
    ['action card not sent', (d) => (first(d, 'meetings').actionCardIds = ['gone'])],
    [
      'rating of a meeting not sent',
      (d) => ((first(d, 'cards').ratings as Item[])[1]!.meetingId = 'gone'),
    ],
    ['a card with the id of a plan', (d) => (list(d, 'cards')[2]!.id = first(d, 'plans').id!)],
  ];
  return odd.flatMap(([name, change]) => [
    {
      group: 'odd but allowed',
      name,
      bytes: withData(bases.plans, change),
      route: 'open',
      how: 'new',
      expect: 'imports',
    },
    {
      group: 'odd but allowed',
      name: `${name} (restore)`,
      bytes: withData(bases.backup, change),
      route: 'restore',
      expect: 'imports',
    },
  ]);
}

/** The good files with words that look like HTML or script, or odd letters. */
export function hostileTextFiles(bases: Bases): FuzzFile[] {
  const texts = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(document.cookie)</script>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '\u202eevil\u202c',
    '{{constructor.constructor("alert(1)")()}}',
  ];
  return texts.map((text) => {
    const data = JSON.stringify(bases.plans.data).replace('"Feed my cat"', JSON.stringify(text));
    return {
      group: 'script as words',
      name: text,
      bytes: withDataText(bases.plans, data),
      route: 'open',
      how: 'new',
      expect: 'imports',
      // Kept exactly as the words they are (shown as text everywhere).
      proof: async () =>
        (await db().cards.toArray()).some((card) => card.words === text)
          ? undefined
          : 'the words were not kept as they are',
    };
  });
}

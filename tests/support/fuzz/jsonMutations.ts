// data.json changed as JSON: text that is not JSON, a value of the wrong type in each field,
// `__proto__` / `constructor` / `prototype` keys on any object.
import {
  cloneJson,
  getAt,
  leafPaths,
  objectPaths,
  setAt,
  withData,
  withDataText,
  type Bases,
  type FuzzFile,
  type Json,
} from './baseFiles';
import type { Random } from './random';

const group = (name: string, bytes: Uint8Array<ArrayBuffer>, extra: Partial<FuzzFile> = {}) => ({
  name,
  bytes,
  route: 'open' as const,
  expect: 'refused' as const,
  ...extra,
});

/** data.json that is not JSON, or not an object, or not UTF-8. */
export function badJsonFiles(bases: Bases): FuzzFile[] {
  const text = JSON.stringify(bases.plans.data);
  const texts: [string, string | Uint8Array][] = [
    ['empty', ''],
    ['spaces', '   \n'],
    ['null', 'null'],
    ['array', '[]'],
    ['object', '{}'],
    ['number', '42'],
    ['string', '"data"'],
    ['cut in a string', text.slice(0, text.indexOf('Feed') + 2)],
    ['cut at the end', text.slice(0, -1)],
    ['trailing garbage', `${text}}`],
    ['two documents', `${text}${text}`],
    ['trailing comma', text.replace(/}$/, ',}')],
    ['single quotes', text.replaceAll('"', "'")],
    ['a comment', `/* hi */${text}`],
    ['NaN', text.replace('"createdAt":9000', '"createdAt":NaN')],
    ['1e400', text.replace('"createdAt":9000', '"createdAt":1e400')],
    ['not UTF-8', Uint8Array.of(...new TextEncoder().encode(text.slice(0, 50)), 0xff, 0xfe, 0x7d)],
    ['UTF-16', new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)],
    ['lone surrogate', text.replace('Feed my cat', '\\ud800 cat')],
  ];
  return texts.map(([name, data]) => ({
    group: 'not JSON',
    ...group(
      name,
      withDataText(
        bases.plans,
        typeof data === 'string' ? data : new TextDecoder('latin1').decode(data),
      ),
    ),
    // A lone surrogate is valid JSON text; words holding it may be stored (shown as text).
    expect: name === 'lone surrogate' ? 'either' : 'refused',
  }));
}

/** A value of another JSON type than the one `value` has. */
function wrongTypeFor(value: Json, random: Random): Json {
  const choices: Json[] = [
    null,
    0,
    -1,
    1.5,
    2 ** 60,
    '',
    'x',
    '<b>1</b>',
    true,
    false,
    [],
    {},
    [1],
    { a: 1 },
  ];
  for (;;) {
    const next = random.pick(choices);
    const type = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    if (type(next) !== type(value)) return next;
  }
}

/** One field of a record given a value of the wrong type, for `count` fields picked at random. */
export function wrongTypeFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  const files: FuzzFile[] = [];
  for (const [route, base] of [
    ['open', bases.plans],
    ['restore', bases.backup],
  ] as const) {
    const paths = leafPaths(base.data).filter((path) => path.length > 0);
    for (let n = 0; n < count / 2; n += 1) {
      const path = random.pick(paths);
      const data = cloneJson(base.data);
      const wrong = wrongTypeFor(getAt(data, path) ?? null, random);
      setAt(data, path, wrong);
      const name = `${path.join('.')} = ${JSON.stringify(wrong)}`;
      files.push({
        group: 'wrong types',
        ...group(name, withDataText(base, JSON.stringify(data))),
        route,
      });
    }
  }
  // Whole parts of the wrong shape.
  for (const key of [
    'person',
    'plans',
    'cards',
    'supporters',
    'meetings',
    'pictures',
    'recordings',
  ]) {
    for (const wrong of [null, 'x', {}, [[]], [null], 7] as Json[]) {
      if (Array.isArray(bases.plans.data[key]) && Array.isArray(wrong) && wrong.length === 0)
        continue;
      files.push({
        group: 'wrong types',
        ...group(
          `${key} = ${JSON.stringify(wrong)}`,
          withData(bases.plans, (d) => (d[key] = wrong)),
        ),
      });
    }
  }
  return files;
}

/** A key that JavaScript treats specially, put on objects picked at random (own JSON keys). */
export function prototypeKeyFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  const keys = ['__proto__', 'constructor', 'prototype'];
  const values = ['{"polluted":true,"isAdmin":true}', 'null', '"x"', '{"toString":1}'];
  const files: FuzzFile[] = [];
  for (let n = 0; n < count; n += 1) {
    const base = n % 2 === 0 ? bases.plans : bases.backup;
    const path = random.pick(objectPaths(base.data));
    const data = cloneJson(base.data);
    setAt(data, [...path, '\u0000fuzz-key'], 0);
    const key = keys[n % keys.length]!;
    const value = random.pick(values);
    const text = JSON.stringify(data).replace('"\\u0000fuzz-key":0', `"${key}":${value}`);
    files.push({
      group: 'prototype keys',
      ...group(`${key} at ${path.join('.') || 'top'}`, withDataText(base, text)),
      route: base === bases.plans ? 'open' : 'restore',
      // On a record the key is refused; inside one (a picture, a step) it is dropped.
      expect: 'either',
      sameAs: base.bundle,
    });
  }
  return files;
}

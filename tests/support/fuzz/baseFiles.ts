// The good files every fuzzed file is made from (a share of plans, a whole backup), and the small
// tools to change one: its data.json as JSON or text, its manifest, or its entries.
import type { PlanBundle } from '../../../src/domain/bundle';
import { writeMyPlanFile } from '../../../src/sharing/files';
import { sampleBundle } from '../../sharing/files/sampleBundle';
import { entriesOf, rezip } from '../../sharing/files/zipCraft';

/** Plain JSON, as data.json and manifest.json hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a file is opened: "Open a file" (then kept for a person) or "Put back a copy". */
export type Route = 'open' | 'restore';

/** What must come of a fuzzed file. */
export type Expect = 'refused' | 'imports' | 'either';

/** One file fed to the import, with how it is fed and what must come of it. */
export interface FuzzFile {
  group: string;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  route: Route;
  /** For 'open': add as a new plan, or update the person's own plan. */
  how?: 'new' | 'update';
  /** What the person types when the file asks for a password. */
  password?: string;
  expect: Expect;
  /** For a file that imports: why what was stored is wrong, or undefined when it is right. */
  proof?: () => Promise<string | undefined>;
  /** The person on this tablet the file may replace (a backup of them). */
  replaces?: string;
  /** For a damaged file that may still read: it must then read exactly as this bundle. */
  sameAs?: PlanBundle;
}

/** A good file and what is inside it. */
export interface Base {
  bundle: PlanBundle;
  bytes: Uint8Array<ArrayBuffer>;
  entries: Map<string, Uint8Array>;
  data: { [key: string]: Json };
  manifest: { [key: string]: Json };
}

/** The two good files: a share of plans (ids 'f-…') and a backup of another person ('b-…'). */
export interface Bases {
  plans: Base;
  backup: Base;
}

const decoder = new TextDecoder();

async function baseOf(bundle: PlanBundle): Promise<Base> {
  const bytes = await writeMyPlanFile(bundle);
  const entries = entriesOf(bytes);
  const json = (name: string) =>
    JSON.parse(decoder.decode(entries.get(name))) as { [key: string]: Json };
  return { bundle, bytes, entries, data: json('data.json'), manifest: json('manifest.json') };
}

/** Makes the good files (once per run: they are only read after). */
export async function makeBases(): Promise<Bases> {
  return {
    plans: await baseOf(sampleBundle('f', 'plans')),
    backup: await baseOf(sampleBundle('b')),
  };
}

/** A deep copy of plain JSON. */
export function cloneJson<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** The base file with its entries changed by `change` (names → text or bytes), re-zipped. */
export function withEntries(
  base: Base,
  change: (files: Map<string, Uint8Array | string>) => void,
): Uint8Array<ArrayBuffer> {
  const files = new Map<string, Uint8Array | string>(base.entries);
  change(files);
  return rezip(files);
}

/** The base file with data.json given as text. */
export function withDataText(base: Base, text: string): Uint8Array<ArrayBuffer> {
  return withEntries(base, (files) => files.set('data.json', text));
}

/** The base file with data.json changed by `change` (on a copy). */
export function withData(
  base: Base,
  change: (data: { [key: string]: Json }) => void,
): Uint8Array<ArrayBuffer> {
  const data = cloneJson(base.data);
  change(data);
  return withDataText(base, JSON.stringify(data));
}

/** The base file with manifest.json given as text. */
export function withManifestText(base: Base, text: string): Uint8Array<ArrayBuffer> {
  return withEntries(base, (files) => files.set('manifest.json', text));
}

/** Every path in a JSON value to a value that is not an object or array (leaves). */
export function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

/** Every path in a JSON value to an object (not an array), the value itself first. */
export function objectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return [
      path,
      ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key])),
    ];
  }
  return [];
}

/** The value at `path`. */
export function getAt(value: Json, path: (string | number)[]): Json | undefined {
  let at: Json | undefined = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, Json>)[step];
  }
  return at;
}

/** Sets the value at `path` (which must lead to an object or array). */
export function setAt(value: Json, path: (string | number)[], next: Json): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('cannot replace the whole value');
  parent[last] = next;
}

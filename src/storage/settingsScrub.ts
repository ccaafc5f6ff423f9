// Settings kept for one person (a record keyed by them, their entry in a map such as "Not now" of
// the copy reminder, a setting naming them) are taken out when the person is removed, and can be
// put back exactly. Call both inside the removal's transaction (table: settings).
import { db } from './database';
import type { SettingsRecord } from './db';

/** One part of a settings record that named the person: a whole property, or their map entry. */
interface RemovedPart {
  prop: string;
  isEntry: boolean;
}

/** A settings record a removal changed: as it was, and what of it was the person's. */
export interface SettingsChange {
  before: SettingsRecord;
  /** True when the whole record was the person's and went. */
  isWhole: boolean;
  removed: RemovedPart[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function namesPerson(value: unknown, personId: string): boolean {
  return value === personId || (Array.isArray(value) && value.includes(personId));
}

function withoutKey(map: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([name]) => name !== key));
}

/** The value without the person's parts, and which parts they were. */
function scrubbed(value: Record<string, unknown>, personId: string) {
  const kept: Record<string, unknown> = {};
  const removed: RemovedPart[] = [];
  for (const [prop, item] of Object.entries(value)) {
    if (namesPerson(item, personId)) {
      removed.push({ prop, isEntry: false });
      if (Array.isArray(item)) kept[prop] = item.filter((entry) => entry !== personId);
    } else if (isPlainObject(item) && Object.hasOwn(item, personId)) {
      removed.push({ prop, isEntry: true });
      kept[prop] = withoutKey(item, personId);
    } else {
      kept[prop] = item;
    }
  }
  return { kept, removed };
}

/** Takes the person out of every settings record; returns what changed, to put it back. */
export async function scrubSettings(personId: string): Promise<SettingsChange[]> {
  const { settings } = db();
  const changes: SettingsChange[] = [];
  for (const record of await settings.toArray()) {
    if (record.key.includes(personId) || namesPerson(record.value, personId)) {
      await settings.delete(record.key);
      changes.push({ before: record, isWhole: true, removed: [] });
    } else if (isPlainObject(record.value)) {
      const { kept, removed } = scrubbed(record.value, personId);
      if (removed.length === 0) continue;
      await settings.put({ key: record.key, value: kept });
      changes.push({ before: record, isWhole: false, removed });
    }
  }
  return changes;
}

/** Puts the person's parts back, keeping whatever else changed in those records meanwhile. */
export async function unscrubSettings(
  personId: string,
  changes: readonly SettingsChange[],
): Promise<void> {
  const { settings } = db();
  for (const change of changes) {
    if (change.isWhole) {
      await settings.put(change.before);
      continue;
    }
    const now = await settings.get(change.before.key);
    const value: Record<string, unknown> = isPlainObject(now?.value) ? { ...now.value } : {};
    const before = change.before.value as Record<string, unknown>;
    for (const { prop, isEntry } of change.removed) {
      const current = value[prop];
      const old = before[prop];
      value[prop] =
        isEntry && isPlainObject(current) && isPlainObject(old)
          ? { ...current, [personId]: old[personId] }
          : old;
    }
    await settings.put({ key: change.before.key, value });
  }
}

// Schema version 3: history entries kept by the first My Plan (one card each: cardId, before,
// after) get the shape every later version writes (changes: every record the action changed),
// so undo, redo and progress can read them. No table or index changes.
// SHIPPED once released: never edit this file. Change the schema by adding v4.ts.
import type { Transaction } from 'dexie';
import type { Migration } from './migration';

/** A history entry as the first version stored it, or as every later one does. */
interface StoredEntry {
  changes?: unknown;
  cardId?: unknown;
  before?: unknown;
  after?: unknown;
}

/** Rewrites one first-version entry in place; later entries are left as they are. */
export function upgradeHistoryEntry(entry: StoredEntry): void {
  if (Array.isArray(entry.changes)) return;
  const { cardId, before = null, after = null } = entry;
  entry.changes =
    typeof cardId === 'string' ? [{ table: 'cards', key: cardId, before, after }] : [];
  delete entry.cardId;
  delete entry.before;
  delete entry.after;
}

export const v3: Migration = {
  version: 3,
  stores: {},
  upgrade: async (tx: Transaction) => {
    await tx
      .table<StoredEntry>('history')
      .toCollection()
      .modify((entry) => upgradeHistoryEntry(entry));
  },
};

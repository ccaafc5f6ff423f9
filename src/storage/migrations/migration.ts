// The shape of one schema migration: its version, its stores, and how to bring old records up.
import type { Transaction } from 'dexie';

/** One schema version. Shipped migrations are never edited; a new one is appended. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites records of the previous version into this version's shape. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

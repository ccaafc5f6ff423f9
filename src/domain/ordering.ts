// Fractional ordering keys for cards in a lane: a card placed between two others gets a key that
// sorts between theirs, so a move rewrites one record instead of the whole lane.
import { generateKeyBetween } from 'fractional-indexing';

/** Compares two ordering keys the way IndexedDB does (code unit order, not locale order). */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Returns a key that sorts after `lastKey` (or a first key when the lane is empty). */
export function keyAfter(lastKey: string | null): string {
  return generateKeyBetween(lastKey, null);
}

/**
 * Returns a key strictly between `before` and `after` (either may be null for an end).
 * Two equal neighbours (which a merge of old data could produce) still give a key after `before`.
 */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && compareKeys(before, after) >= 0) {
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

/** Sorts anything with an ordering key, without changing the input array. */
export function sortByOrder<T extends { order: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareKeys(a.order, b.order));
}

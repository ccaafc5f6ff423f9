// Migration v3: history entries of the first version (one card: cardId, before, after) take the
// shape of every later one (changes); entries already in that shape are left exactly as they are.
import { describe, expect, it } from 'vitest';
import { upgradeHistoryEntry } from '../../../src/storage/migrations/v3';
import { makeCard } from '../../fixtures/factories';

describe('migration v3', () => {
  it('turns a first-version entry into one change of its card', () => {
    const before = makeCard({ words: 'Cook' });
    const after = { ...before, laneId: 'lane-2' };
    const entry = {
      id: 4,
      planId: 'p',
      at: 1,
      action: 'card-move',
      cardId: before.id,
      before,
      after,
      undone: 0,
    };
    upgradeHistoryEntry(entry);
    expect(entry).toEqual({
      id: 4,
      planId: 'p',
      at: 1,
      action: 'card-move',
      changes: [{ table: 'cards', key: before.id, before, after }],
      undone: 0,
    });
  });

  it('keeps an entry that already lists its changes', () => {
    const card = makeCard();
    const entry = {
      planId: 'p',
      changes: [{ table: 'cards', key: card.id, before: null, after: card }],
    };
    const copy = structuredClone(entry);
    upgradeHistoryEntry(entry);
    expect(entry).toEqual(copy);
  });

  it('gives an entry without a card no changes, so undo passes over it', () => {
    const entry: Record<string, unknown> = { planId: 'p', action: 'card-edit', before: null };
    upgradeHistoryEntry(entry);
    expect(entry).toEqual({ planId: 'p', action: 'card-edit', changes: [] });
  });
});

// Undo and redo over a plan's history: each entry holds the card before and after a change.
// The history lives in IndexedDB, so undo still works after a reload.
import type { Card, HistoryEntry } from '../domain/types';
import { db } from './database';
import { writeTogether } from './write';

/** How many changes of a plan can be undone and redone right now. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** The change an undo would take back. */
  lastDone?: HistoryEntry;
}

/** Reads whether undo and redo are possible for a plan. */
export async function undoState(planId: string): Promise<UndoState> {
  const { history } = db();
  const lastDone = await history.where('[planId+undone]').equals([planId, 0]).last();
  const redoCount = await history.where('[planId+undone]').equals([planId, 1]).count();
  return { canUndo: lastDone !== undefined, canRedo: redoCount > 0, lastDone };
}

async function putState(cardId: string, state: Card | null): Promise<void> {
  if (state) await db().cards.put(state);
  else await db().cards.delete(cardId);
}

/** Takes back the plan's last change; returns it, or undefined when there is nothing to undo. */
export async function undo(planId: string): Promise<HistoryEntry | undefined> {
  const { cards, history } = db();
  return writeTogether([cards, history], async () => {
    const entry = await history.where('[planId+undone]').equals([planId, 0]).last();
    if (!entry?.id) return undefined;
    await putState(entry.cardId, entry.before);
    await history.update(entry.id, { undone: 1 });
    return entry;
  });
}

/** Does again the change undone most recently; returns it, or undefined. */
export async function redo(planId: string): Promise<HistoryEntry | undefined> {
  const { cards, history } = db();
  return writeTogether([cards, history], async () => {
    const entry = await history.where('[planId+undone]').equals([planId, 1]).first();
    if (!entry?.id) return undefined;
    await putState(entry.cardId, entry.after);
    await history.update(entry.id, { undone: 0 });
    return entry;
  });
}

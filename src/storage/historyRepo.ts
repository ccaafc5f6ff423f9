// Undo and redo over a plan's history: each entry holds every record it changed, before and
// after. The history lives in IndexedDB, so undo still works after a reload.
import type { HistoryAction, HistoryEntry, RecordChange } from '../domain/types';
import { db } from './database';
import { writeTogether } from './write';

/** Whether undo and redo are possible for a plan right now. */
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

/**
 * Records an action in its plan's history and forgets what could be redone before it.
 * Call inside the same transaction as the writes it records (tables: history, plans).
 */
export async function recordChanges(
  planId: string,
  action: HistoryAction,
  changes: RecordChange[],
  at: number,
): Promise<void> {
  const { history } = db();
  await history.where('[planId+undone]').equals([planId, 1]).delete();
  await history.add({ planId, at, action, changes, undone: 0 });
}

async function putState(change: RecordChange, side: 'before' | 'after'): Promise<void> {
  const table = db().table(change.table);
  const state = change[side];
  if (state) await table.put(state);
  else await table.delete(change.key);
}

async function step(planId: string, isRedo: boolean): Promise<HistoryEntry | undefined> {
  const { cards, history, plans } = db();
  return writeTogether([cards, history, plans], async () => {
    const entries = history.where('[planId+undone]').equals([planId, isRedo ? 1 : 0]);
    const entry = await (isRedo ? entries.first() : entries.last());
    if (!entry?.id) return undefined;
    const ordered = isRedo ? entry.changes : [...entry.changes].reverse();
    for (const change of ordered) await putState(change, isRedo ? 'after' : 'before');
    await history.update(entry.id, { undone: isRedo ? 0 : 1 });
    return entry;
  });
}

/** Takes back the plan's last change; returns it, or undefined when there is nothing to undo. */
export function undo(planId: string): Promise<HistoryEntry | undefined> {
  return step(planId, false);
}

/** Does again the change undone most recently; returns it, or undefined. */
export function redo(planId: string): Promise<HistoryEntry | undefined> {
  return step(planId, true);
}

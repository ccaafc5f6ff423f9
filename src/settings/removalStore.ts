// The undo of removing a person. What was removed stays in memory only, for the undo window, then
// it is dropped for good; it is kept here, outside any screen, so "Undo" stays while the person
// moves around My Plan. A reload forgets it: the removed data left the tablet's storage at once.
import { deletePerson, restorePerson, type PersonSnapshot } from '../storage';

/** How long a removal can be undone. */
export const UNDO_MS = 60_000;

/** A removal that can still be undone. */
export interface Removal {
  personId: string;
  name: string;
  /** When the undo window ends (ms since 1970). */
  endsAt: number;
}

interface Kept {
  removal: Removal;
  snapshot: PersonSnapshot;
  /** This tab's unsaved form drafts of the person, taken out with them. */
  drafts: [string, string][];
  timer: ReturnType<typeof setTimeout>;
}

let kept: Kept | undefined;
let isUndoing = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function idsOf(snapshot: PersonSnapshot): string[] {
  const { records } = snapshot;
  return [snapshot.person.id, ...records.plans.map((p) => p.id), ...records.cards.map((c) => c.id)];
}

/** Takes this tab's drafts (ui/useDraft) that belong to the person out of sessionStorage. */
function takeDrafts(ids: string[]): [string, string][] {
  const taken: [string, string][] = [];
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i));
    for (const key of keys) {
      if (!key?.startsWith('draft:') || !ids.some((id) => key.includes(id))) continue;
      taken.push([key, sessionStorage.getItem(key) ?? '']);
      sessionStorage.removeItem(key);
    }
  } catch {
    // No sessionStorage (private mode): there are no drafts to take.
  }
  return taken;
}

function putDrafts(drafts: [string, string][]): void {
  try {
    for (const [key, value] of drafts) sessionStorage.setItem(key, value);
  } catch {
    // A draft that cannot be put back only loses unsaved typing, never a saved plan.
  }
}

/** Ends the undo window now: what was removed is dropped from memory for good. */
export function forgetRemoval(): void {
  if (!kept) return;
  clearTimeout(kept.timer);
  kept = undefined;
  emit();
}

/**
 * Removes a person and everything of theirs from the tablet at once, and keeps what was removed
 * in memory for `UNDO_MS`. An earlier removal can no longer be undone after this one.
 */
export async function removePerson(personId: string): Promise<Removal> {
  const snapshot = await deletePerson(personId);
  forgetRemoval();
  const removal = { personId, name: snapshot.person.name, endsAt: Date.now() + UNDO_MS };
  const drafts = takeDrafts(idsOf(snapshot));
  kept = { removal, snapshot, drafts, timer: setTimeout(forgetRemoval, UNDO_MS) };
  emit();
  return removal;
}

/**
 * Puts the last removed person back with everything of theirs; returns who came back, or
 * undefined when there is nothing to undo. On failure (StorageError) the undo stays possible.
 */
export async function undoRemoval(): Promise<Removal | undefined> {
  const current = kept;
  if (!current || isUndoing) return undefined;
  // A sleeping tablet may run the timer late: the window ends on time all the same.
  if (Date.now() >= current.removal.endsAt) {
    forgetRemoval();
    return undefined;
  }
  isUndoing = true;
  try {
    await restorePerson(current.snapshot);
  } finally {
    isUndoing = false;
  }
  putDrafts(current.drafts);
  if (kept === current) forgetRemoval();
  return current.removal;
}

/** The removal that can be undone now, if any. */
export function currentRemoval(): Removal | undefined {
  return kept?.removal;
}

/** Calls `listener` whenever a removal starts or ends; returns the way to stop. */
export function subscribeRemoval(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

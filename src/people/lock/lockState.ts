// Who is let in now, in this tab only. Kept in memory, never stored: a reload or a new tab
// starts locked. One person at a time: letting another person in locks the one before.
import { useSyncExternalStore } from 'react';

let unlockedId: string | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets person `personId` in (they showed their code, or just chose it). */
export function unlockPerson(personId: string): void {
  if (unlockedId === personId) return;
  unlockedId = personId;
  emit();
}

/** Locks whoever was let in. */
export function lockEveryone(): void {
  if (unlockedId === undefined) return;
  unlockedId = undefined;
  emit();
}

/** The person let in now, if any. */
export function unlockedPersonId(): string | undefined {
  return unlockedId;
}

/** The person let in now, if any; the component follows every change. */
export function useUnlockedPersonId(): string | undefined {
  return useSyncExternalStore(subscribe, unlockedPersonId, unlockedPersonId);
}

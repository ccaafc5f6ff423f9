// A one-off message carried to the next screen, e.g. "Card removed — Undo" after deleting a card
// on the card screen and going back to the board, or the new card that should take the focus
// there. Kept in memory only; a reload forgets it.
import { useSyncExternalStore } from 'react';

/** What the next screen should tell the person (or, for a new card, where the focus goes). */
export type Flash =
  | { kind: 'card-removed'; planId: string; words: string }
  | { kind: 'card-added'; planId: string; cardId: string };

let current: Flash | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Leaves a message for the next screen. */
export function showFlash(flash: Flash): void {
  current = flash;
  emit();
}

/** Forgets the message (after it was acted on or dismissed). */
export function clearFlash(): void {
  current = undefined;
  emit();
}

/** The message waiting to be shown, if any. */
export function useFlash(): Flash | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

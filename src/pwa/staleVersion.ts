// Knows when this page runs an older version of My Plan than the one now installed: another tab
// took the update, or a script of this version could not be loaded any more (a chunk load error).
// The page then says so and offers the new version, instead of breaking.
import { useSyncExternalStore } from 'react';

/** What the page knows about being out of date. */
export interface StaleState {
  /** True when this page runs an older version than the one installed, or lost a script of it. */
  isStale: boolean;
  /** True while a screen shows the message itself (then the banner stays away). */
  isShownOnScreen: boolean;
}

const listeners = new Set<() => void>();
let state: StaleState = { isStale: false, isShownOnScreen: false };
let screensShowing = 0;
let isListening = false;

function setState(next: Partial<StaleState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i;

/** True for the error of a script or style of this version that could not be loaded. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_ERROR.test(error.message);
}

/** Marks the page as running an older version; the banner or a screen then offers the new one. */
export function markStale(): void {
  if (!state.isStale) setState({ isStale: true });
}

/**
 * Listens for scripts that fail to load anywhere (screens, plan files, schemas, languages): Vite
 * reports each one as a `vite:preloadError` event on the window before the import fails.
 */
export function listenForChunkErrors(): void {
  if (isListening || typeof window === 'undefined') return;
  isListening = true;
  window.addEventListener('vite:preloadError', markStale);
}

/** Tells the store that a screen shows the message; returns the function to call when it goes. */
export function showOnScreen(): () => void {
  screensShowing += 1;
  setState({ isShownOnScreen: true });
  return () => {
    screensShowing -= 1;
    setState({ isShownOnScreen: screensShowing > 0 });
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = (): StaleState => state;

/** Whether this page is out of date, live. */
export function useStaleVersion(): StaleState {
  return useSyncExternalStore(subscribe, read, read);
}

/** Forgets everything known (for the tests, which share one page between files). */
export function resetStaleVersion(): void {
  screensShowing = 0;
  state = { isStale: false, isShownOnScreen: false };
}

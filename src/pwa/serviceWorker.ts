// Registers the service worker (offline use) through workbox-window. A new version waits until
// the person taps "Get the new version"; then only that tab reloads. Other open tabs keep working
// (the old scripts stay cached, see public/sw-keep-previous.js) and offer the new version.
// workbox-window is loaded on its own, so the first screen does not wait for it.
import type { Workbox } from 'workbox-window';
import { listenForChunkErrors, markStale } from './staleVersion';

type Listener = (isReady: boolean) => void;

let workbox: Workbox | undefined;
let isStarted = false;
let isUpdateReady = false;
let isApplying = false;
let isReloading = false;
const listeners = new Set<Listener>();

function setReady(value: boolean): void {
  isUpdateReady = value;
  for (const listener of listeners) listener(value);
}

function reloadOnce(): void {
  if (isReloading) return;
  isReloading = true;
  window.location.reload();
}

/** Starts the service worker in production builds, and listens for scripts that fail to load. */
export function registerServiceWorker(): void {
  listenForChunkErrors();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || isStarted) return;
  isStarted = true;
  void import('workbox-window').then(({ Workbox }) => {
    const started = new Workbox(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
    started.addEventListener('waiting', () => setReady(true));
    started.addEventListener('controlling', (event) => {
      // Only the tab where the person asked reloads. Another tab never reloads by itself (it may
      // hold half-typed words): it says a new version is there. Never on the first install.
      if (isApplying) reloadOnce();
      else if (event.isUpdate) {
        setReady(false);
        markStale();
      }
    });
    workbox = started;
    return started.register();
  });
}

/**
 * Gets the new version: lets the waiting one take over, then reloads this page once. When none
 * waits (another tab took it already, or a script of this version is gone) it reloads at once.
 */
export async function applyUpdate(): Promise<void> {
  isApplying = true;
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const waiting = registration?.waiting;
  if (!waiting) {
    reloadOnce();
    return;
  }
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') reloadOnce();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Asks the server whether there is a new version now (also done by the browser by itself). */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update();
}

/** Calls `listener` when an update becomes ready; returns the unsubscribe function. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(isUpdateReady);
  return () => listeners.delete(listener);
}

// Registers the service worker (offline use) through workbox-window. A new version waits until
// the person taps "Update"; only then it takes over and the page reloads once. workbox-window is
// loaded on its own, so the first screen does not wait for it.
import type { Workbox } from 'workbox-window';

type Listener = (isReady: boolean) => void;

let workbox: Workbox | undefined;
let isStarted = false;
let isUpdateReady = false;
const listeners = new Set<Listener>();

function setReady(value: boolean): void {
  isUpdateReady = value;
  for (const listener of listeners) listener(value);
}

/** Starts the service worker in production builds; does nothing where there is none. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || isStarted) return;
  isStarted = true;
  void import('workbox-window').then(({ Workbox }) => {
    const started = new Workbox(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
    started.addEventListener('waiting', () => setReady(true));
    started.addEventListener('controlling', (event) => {
      // Reload only when an update the person accepted takes over, never on the first install.
      if (event.isUpdate) window.location.reload();
    });
    workbox = started;
    return started.register();
  });
}

/** Lets the waiting version take over; the page reloads when it does. */
export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
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

// This page's hold on the database while other windows of My Plan come and go: whether it is open,
// waiting for an older window to let go ('blocked'), or given up to a newer one ('closed').
// Writes in flight are counted, so the database is only let go once every one of them finished.

/**
 * 'open': reads and writes work. 'blocked': opening waits for another My Plan window to close.
 * 'closed': another window updated or removed the data; this page must reload.
 */
export type DatabaseState = 'open' | 'blocked' | 'closed';

type Listener = (state: DatabaseState) => void;

let state: DatabaseState = 'open';
let isClosing = false;
const listeners = new Set<Listener>();
const inFlight = new Set<Promise<unknown>>();

/** The state of this page's database connection now. */
export function databaseState(): DatabaseState {
  return state;
}

/** Calls `listener` with each new state; returns the function that stops listening. */
export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Moves to `next` and tells every listener (nothing happens when it is the state already). */
export function setDatabaseState(next: DatabaseState): void {
  if (next !== 'closed') isClosing = false;
  if (state === next) return;
  state = next;
  for (const listener of [...listeners]) listener(next);
}

/** True from the moment another window asked for the data: no new write may start. */
export function isLettingGo(): boolean {
  return isClosing || state === 'closed';
}

/** Remembers a write until it settles, so letting go can wait for it. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const forget = () => inFlight.delete(write);
  write.then(forget, forget);
  return write;
}

/**
 * Refuses new writes, waits until every write in flight has finished (stored or not), then runs
 * `close` and moves to 'closed'.
 */
export async function letGo(close: () => void): Promise<void> {
  if (isLettingGo()) return;
  isClosing = true;
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  close();
  setDatabaseState('closed');
}

/** Back to a fresh open state with no listeners' state changed (a new database in tests). */
export function resetConnection(): void {
  isClosing = false;
  inFlight.clear();
  state = 'open';
}

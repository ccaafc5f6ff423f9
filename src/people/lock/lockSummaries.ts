// Every person's lock, live, from one watch shared by the whole page (the gate asks on every
// screen change, and must know at once). A change in any tab (a code chosen or removed) shows
// at once. The watch stops when nobody follows it.
import { useSyncExternalStore } from 'react';
import { watchLockSummaries, type LockSummary } from '../../storage';

type Summaries = ReadonlyMap<string, LockSummary>;

let summaries: Summaries | undefined;
let first: Promise<Summaries> | undefined;
let stopWatching: (() => void) | undefined;
const listeners = new Set<() => void>();
const RETRY_MS = 2000;

function start(): Promise<Summaries> {
  first ??= new Promise<Summaries>((resolve, reject) => {
    stopWatching = watchLockSummaries(
      (list) => {
        summaries = new Map(list.map((summary) => [summary.personId, summary]));
        resolve(summaries);
        listeners.forEach((listener) => listener());
      },
      (error) => {
        // The watch has ended: start it again while someone follows it (until the locks are
        // first known, nothing of a person is shown). A later reject does nothing.
        first = undefined;
        stopWatching = undefined;
        reject(error instanceof Error ? error : new Error('locks could not be read'));
        setTimeout(() => {
          if (listeners.size > 0) start().catch(() => undefined);
        }, RETRY_MS);
      },
    );
  });
  return first;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  start().catch(() => undefined);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stopWatching?.();
    stopWatching = undefined;
    summaries = undefined;
    first = undefined;
  };
}

const read = (): Summaries | undefined => summaries;

/** Every person's lock by person id; undefined until they are first read. */
export function useLockSummaries(): Summaries | undefined {
  return useSyncExternalStore(subscribe, read, read);
}

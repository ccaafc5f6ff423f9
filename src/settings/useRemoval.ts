// The removal that can be undone now and the seconds left to undo it (for the "Undo" banner), and
// the time a screen first showed.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { currentRemoval, subscribeRemoval, type Removal } from './removalStore';

/** The removal that can still be undone, or undefined. */
export function useRemoval(): Removal | undefined {
  return useSyncExternalStore(subscribeRemoval, currentRemoval);
}

function secondsUntil(endsAt: number): number {
  return Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
}

/** Whole seconds left until `endsAt`, counted down once a second (key the user by `endsAt`). */
export function useSecondsLeft(endsAt: number): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(endsAt));
  useEffect(() => {
    const timer = setInterval(() => setSeconds(secondsUntil(endsAt)), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return seconds;
}

/** The time this component first showed (ms): enough for words such as "3 days ago". */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}

// "How I like it": the defaults for a person who has not chosen yet, and the three speeds offered.
import type { Preferences } from './types';

/** What a person gets before choosing: the simple "Me" mode and normal speed. */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = { mode: 'me', rate: 1 };

/** The speeds offered as three big choices. */
export type Speed = 'slow' | 'normal' | 'fast';

/** The speech rate of each speed. */
export const SPEED_RATES: Readonly<Record<Speed, number>> = { slow: 0.75, normal: 1, fast: 1.25 };

/** The speeds in the order they are offered. */
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** A person's preferences with the defaults filled in. */
export function withDefaults(preferences: Partial<Preferences> | undefined): Preferences {
  return { ...DEFAULT_PREFERENCES, ...preferences };
}

/** The offered speed closest to a stored rate (a rate set elsewhere still shows a choice). */
export function speedOf(rate: number): Speed {
  let best: Speed = 'normal';
  for (const speed of SPEEDS) {
    if (Math.abs(SPEED_RATES[speed] - rate) < Math.abs(SPEED_RATES[best] - rate)) best = speed;
  }
  return best;
}

// "How I like it": the defaults for a person who has not chosen yet, and the three speeds offered.
import type { FontChoice, PictureDisplay, Preferences, TextSize, Theme } from './types';

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

/** The text sizes offered, smallest first. */
export const TEXT_SIZES: readonly TextSize[] = [100, 125, 150, 175, 200];

/** The switch-scanning speeds offered, as seconds on each thing. */
export const SCAN_SPEEDS: Readonly<Record<Speed, number>> = { slow: 3, normal: 2, fast: 1 };

/** Everything that decides how the page looks, with the defaults filled in. */
export interface Look {
  theme: Theme;
  textSize: TextSize;
  font: FontChoice;
  pictures: PictureDisplay;
  reduceMotion: boolean;
}

/** How the page looks for a person (or, with no person, for the device alone). */
export function lookOf(preferences: Partial<Preferences> | undefined, deviceTheme: Theme): Look {
  return {
    theme: preferences?.theme ?? deviceTheme,
    textSize: preferences?.textSize ?? 100,
    font: preferences?.font ?? 'standard',
    pictures: preferences?.pictures ?? 'both',
    reduceMotion: preferences?.reduceMotion === true,
  };
}

/** The offered scanning speed closest to a stored number of seconds. */
export function scanSpeedOf(seconds: number | undefined): Speed {
  const wanted = seconds ?? SCAN_SPEEDS.normal;
  let best: Speed = 'normal';
  for (const speed of SPEEDS) {
    if (Math.abs(SCAN_SPEEDS[speed] - wanted) < Math.abs(SCAN_SPEEDS[best] - wanted)) best = speed;
  }
  return best;
}

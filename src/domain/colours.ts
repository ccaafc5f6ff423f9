// The card colour palette. Each colour has a name (for people who cannot tell colours apart) and
// a strong tone for borders and a light tone for backgrounds, both with enough contrast on white.
import type { ColourId } from './types';

export interface Colour {
  id: ColourId;
  /** Border and swatch tone: at least 3:1 against white and against the light tone. */
  strong: string;
  /** Card background tone: dark text on it is at least 7:1. */
  light: string;
}

/** Every colour a card can have, in the order they are offered. */
export const COLOURS: readonly Colour[] = [
  { id: 'green', strong: '#1e7a34', light: '#e3f4e6' },
  { id: 'yellow', strong: '#8a6500', light: '#fff4cc' },
  { id: 'blue', strong: '#1d5fb8', light: '#e2edfb' },
  { id: 'red', strong: '#b3261e', light: '#fbe4e2' },
  { id: 'purple', strong: '#6b3fa0', light: '#efe6f8' },
  { id: 'grey', strong: '#5a5a5a', light: '#eeeeee' },
];

/** Looks a colour up by id; unknown ids fall back to grey so a card always renders. */
export function colourById(id: ColourId): Colour {
  return COLOURS.find((colour) => colour.id === id) ?? (COLOURS[COLOURS.length - 1] as Colour);
}

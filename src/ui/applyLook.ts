// Puts the chosen look on <html> as data attributes (theme, text size, font, pictures, motion),
// where theme.css picks them up. One place, so every screen — also ones added later — follows.
import type { Look } from '../domain/preferences';

/** Shows the app with `look` at once. */
export function applyLook(look: Look): void {
  const { dataset } = document.documentElement;
  dataset.theme = look.theme;
  dataset.textSize = String(look.textSize);
  dataset.font = look.font;
  dataset.pictures = look.pictures;
  dataset.motion = look.reduceMotion ? 'reduce' : 'normal';
}

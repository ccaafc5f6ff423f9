// Puts the chosen theme on <html data-theme>, where theme.css picks it up.
import type { Theme } from '../domain/types';

/** Shows the app in `theme` at once. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

// The words to say for a control that was touched or reached with keys: what a screen reader
// would say first (its aria-label, its label, or its text), without hidden helper text.

const CONTROLS = 'button, a[href], input, select, textarea, [role="button"], [role="radio"]';

/** The control `target` is, or is inside of; null for anything else (text, pictures…). */
export function controlOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(CONTROLS) as HTMLElement | null) : null;
}

/** The name of a control, as plain words. */
export function spokenName(control: HTMLElement): string {
  const label = control.getAttribute('aria-label');
  if (label) return label.trim();
  const labels = (control as HTMLInputElement).labels;
  const own = labels && labels.length > 0 ? labels[0] : control;
  return (own?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

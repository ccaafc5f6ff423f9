// The words to say for a control that was touched or reached with keys: what a screen reader
// would say first (its aria-label, its label, or its text), without hidden helper text.

const CONTROLS = 'button, a[href], input, select, textarea, [role="button"], [role="radio"]';
/** A group that switch scanning highlights (a lane, a list, a question): read by its name. */
const SCANNED_GROUP = '.scan-highlight--group, .scan-highlight-holder';

/** The control (or scanned group) `target` is, or is inside of; null for anything else. */
export function controlOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  if (target.matches(SCANNED_GROUP)) return target as HTMLElement;
  return target.closest(CONTROLS) as HTMLElement | null;
}

/** The name of a control, as plain words. */
export function spokenName(control: HTMLElement): string {
  const label = control.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = control.getAttribute('aria-labelledby');
  const labelling = labelledBy ? document.getElementById(labelledBy.split(/\s+/)[0] ?? '') : null;
  if (labelling) return (labelling.textContent ?? '').replace(/\s+/g, ' ').trim();
  const labels = (control as HTMLInputElement).labels;
  const own = labels && labels.length > 0 ? labels[0] : control;
  return (own?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

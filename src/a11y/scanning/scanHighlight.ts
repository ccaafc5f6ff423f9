// Shows where the scanning highlight stands: DOM focus (so screen readers and "read aloud what I
// touch" speak it) plus a thick ring. A group gets focus for the time it is highlighted.
import type { Entry } from './scanCursor';
import { ringTargetOf } from './scanElements';

/** The words used to name a group that has no name of its own. */
export interface GroupNames {
  /** The bar at the top of every screen. */
  topBar: string;
  /** Any other group without a heading. */
  group: string;
}

const RING = 'scan-highlight';
const HOLDER = 'scan-highlight-holder';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend';

function hasName(element: HTMLElement): boolean {
  if (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) return true;
  return element instanceof HTMLFieldSetElement && element.querySelector('legend') !== null;
}

function nameOf(element: HTMLElement, names: GroupNames): string {
  if (element.tagName === 'HEADER') return names.topBar;
  const heading = element.querySelector(HEADINGS) ?? element.previousElementSibling;
  const words = heading?.matches(HEADINGS) ? heading.textContent?.replace(/\s+/g, ' ').trim() : '';
  return words || names.group;
}

/** Moves the ring and focus; remembers what it changed so it can put it back. */
export class Highlighter {
  private ringed: HTMLElement[] = [];
  private holder: HTMLElement | undefined;
  private lent: { element: HTMLElement; tabIndex: boolean; label: boolean } | undefined;
  /** True while the highlighter itself moves focus (the page did not). */
  isFocusing = false;

  constructor(private readonly names: () => GroupNames) {}

  /** The element that has the highlight, if any. */
  focused: HTMLElement | undefined;

  /** Highlights `entry` (nothing when undefined); a paused highlight is drawn dashed. */
  show(entry: Entry | undefined, isPaused: boolean): void {
    if (!entry) return this.clear();
    const { node } = entry;
    const isGroup = node.kind === 'group';
    const target = node.element;
    const rings = node.kind === 'group' && node.members ? node.members.map(ringTargetOf) : [];
    if (rings.length === 0) rings.push(isGroup ? target : ringTargetOf(target));
    const wasLent = this.lent;
    if (isGroup && wasLent?.element !== target) this.lend(target);
    this.unring();
    for (const ring of rings) {
      ring.classList.add(RING);
      ring.classList.toggle(`${RING}--group`, isGroup && !node.members);
      ring.classList.toggle(`${RING}--paused`, isPaused);
    }
    this.ringed = rings;
    if (node.kind === 'group' && node.members) {
      // The grid holds focus for its row: only the row's ring shows, not the grid's focus ring.
      target.classList.add(HOLDER);
      this.holder = target;
    }
    this.focus(target);
    rings[0]?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (wasLent && wasLent.element !== target) this.giveBack(wasLent);
  }

  /** Draws the ring dashed (stopped, waiting for a press) or whole. */
  setPaused(isPaused: boolean): void {
    for (const ring of this.ringed) ring.classList.toggle(`${RING}--paused`, isPaused);
  }

  /** Takes the ring away and puts back what was lent to a group. */
  clear(): void {
    this.unring();
    if (this.lent) this.giveBack(this.lent);
    this.focused = undefined;
  }

  private focus(element: HTMLElement): void {
    this.focused = element;
    if (document.activeElement === element) return;
    this.isFocusing = true;
    try {
      element.focus({ preventScroll: true });
    } finally {
      this.isFocusing = false;
    }
  }

  private unring(): void {
    for (const ring of this.ringed) {
      ring.classList.remove(RING, `${RING}--group`, `${RING}--paused`);
    }
    this.ringed = [];
    this.holder?.classList.remove(HOLDER);
    this.holder = undefined;
  }

  /** Lets a group take focus (tabindex -1) and gives it a name if it has none. */
  private lend(element: HTMLElement): void {
    const tabIndex = !element.hasAttribute('tabindex');
    const label = !hasName(element);
    if (tabIndex) element.setAttribute('tabindex', '-1');
    if (label) element.setAttribute('aria-label', nameOf(element, this.names()));
    this.lent = { element, tabIndex, label };
  }

  private giveBack(lent: { element: HTMLElement; tabIndex: boolean; label: boolean }): void {
    if (lent.tabIndex) lent.element.removeAttribute('tabindex');
    if (lent.label) lent.element.removeAttribute('aria-label');
    if (this.lent === lent) this.lent = undefined;
  }
}

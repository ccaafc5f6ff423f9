// Where the scanning highlight goes once a choice has done its work, so the next press is near:
// "Put it in …" right after picking up a card, out of a group once one of its choices is made.
import type { ScanCursor } from './scanCursor';
import { isTurnedOn } from './scanElements';
import { FIRST_CHOICES, placeOf, type ScanGroup } from './scanTree';

/** What was chosen, and how the page stood just before. */
export interface Chosen {
  element: HTMLElement;
  /** Every control there was, to tell which ones the choice brought. */
  controlsBefore: Set<HTMLElement>;
  /** Whether it was pressed or open already. */
  wasOn: boolean;
  /** Whether it was one of several (a picture, a topic, a round choice). */
  isOneOfSeveral: boolean;
  /** The screen it was on. */
  hash: string;
}

/**
 * Moves `cursor` (already following the newest `tree`) for a choice made on the same screen.
 * Picked up a card: to "Put it in …" at once. Picked one of several: out of that group. Opened
 * more (tools, a form): to the first new control. Otherwise it stays where the choice was, or
 * at the start of its group if the choice is gone.
 */
export function placeAfterChoice(cursor: ScanCursor, tree: ScanGroup, chosen: Chosen): void {
  const { element } = chosen;
  const isNew = (control: HTMLElement) => !chosen.controlsBefore.has(control);
  const isOn = !chosen.wasOn && element.isConnected && isTurnedOn(element);
  const shortcut = isOn ? placeOf(tree, (c) => isNew(c) && c.matches(FIRST_CHOICES)) : null;
  const opened = isOn && !chosen.isOneOfSeveral ? placeOf(tree, isNew) : null;
  if (shortcut) cursor.moveTo(shortcut);
  else if (chosen.isOneOfSeveral && cursor.follow(tree)) cursor.leaveChoiceGroup();
  else if (opened) cursor.moveTo(opened);
}

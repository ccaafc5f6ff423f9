// Decides how a card's steps change when one moves up or down, or a new one is added.
// Pure, so buttons and keys share it; only the moved step gets a new ordering key.
import { keyAfter, keyBetween, sortByOrder } from './ordering';
import type { CardStep } from './types';

/** One place up or one place down in the list of steps. */
export type StepDirection = 'up' | 'down';

/** Where a step stands in its list: `index` counts from 1, as people say it ("Step 2 of 4"). */
export interface StepPlace {
  index: number;
  count: number;
}

/**
 * Returns the steps with `stepId` moved one place, in their new order; only that step's `order`
 * changes. Returns null when it cannot move (already first or last, or no such step).
 */
export function moveStep(
  steps: readonly CardStep[],
  stepId: string,
  direction: StepDirection,
): CardStep[] | null {
  const sorted = sortByOrder(steps);
  const index = sorted.findIndex((step) => step.id === stepId);
  const step = sorted[index];
  if (!step) return null;
  const others = sorted.filter((other) => other.id !== stepId);
  const at = direction === 'up' ? index - 1 : index + 1;
  if (at < 0 || at > others.length) return null;
  const order = keyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
  const moved = { ...step, order };
  return [...others.slice(0, at), moved, ...others.slice(at)];
}

/** Where a step stands among `steps`, or null when it is not there. */
export function stepPlace(steps: readonly CardStep[], stepId: string): StepPlace | null {
  const index = sortByOrder(steps).findIndex((step) => step.id === stepId);
  return index < 0 ? null : { index: index + 1, count: steps.length };
}

/** Returns the steps with a new one at the end (not done yet). */
export function appendStep(
  steps: readonly CardStep[],
  step: Omit<CardStep, 'order' | 'isDone'>,
): CardStep[] {
  const sorted = sortByOrder(steps);
  const order = keyAfter(sorted[sorted.length - 1]?.order ?? null);
  return [...sorted, { ...step, order, isDone: false }];
}

/**
 * Returns the steps with `stepId` put just before `beforeId` (or at the end when null), as a
 * drag drops it; only that step's `order` changes. Null when nothing would move.
 */
export function moveStepBefore(
  steps: readonly CardStep[],
  stepId: string,
  beforeId: string | null,
): CardStep[] | null {
  const sorted = sortByOrder(steps);
  const step = sorted.find((item) => item.id === stepId);
  if (!step || beforeId === stepId) return null;
  const others = sorted.filter((other) => other.id !== stepId);
  const found = beforeId === null ? others.length : others.findIndex((o) => o.id === beforeId);
  const at = found < 0 ? others.length : found;
  if (sorted.indexOf(step) === at) return null;
  const order = keyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
  return [...others.slice(0, at), { ...step, order }, ...others.slice(at)];
}

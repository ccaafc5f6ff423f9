// Decides where a moved card goes: the lane and the ordering key, from the cards already there.
// Pure, so every way of moving (drag, tap, keyboard) shares it and it is tested alone.
import { keyBetween, sortByOrder } from './ordering';
import type { Card, Lane } from './types';

/** Where a card should land: in `laneId`, just before `beforeCardId`, or at the end. */
export interface MoveTarget {
  laneId: string;
  beforeCardId?: string;
}

/** A decided move: the new lane and key, or null when the card would not move. */
export interface MoveResult {
  laneId: string;
  order: string;
}

/**
 * Works out the moved card's new lane and key. `cards` are all cards of the plan (any order).
 * Returns null when the card is already at that place, so no history entry is written.
 */
export function planMove(
  cards: readonly Card[],
  cardId: string,
  target: MoveTarget,
): MoveResult | null {
  const card = cards.find((c) => c.id === cardId);
  if (!card || target.beforeCardId === cardId) return null;
  const laneCards = sortByOrder(cards.filter((c) => c.laneId === target.laneId));
  const others = laneCards.filter((c) => c.id !== cardId);
  const index = target.beforeCardId
    ? others.findIndex((c) => c.id === target.beforeCardId)
    : others.length;
  const at = index < 0 ? others.length : index;
  const currentIndex = laneCards.findIndex((c) => c.id === cardId);
  if (card.laneId === target.laneId && currentIndex === at) return null;
  const before = others[at - 1]?.order ?? null;
  const after = others[at]?.order ?? null;
  return { laneId: target.laneId, order: keyBetween(before, after) };
}

/** Where one step with the keyboard takes a card: up/down in its lane, or to a neighbour lane. */
export type Step = 'up' | 'down' | 'previous-lane' | 'next-lane';

/** Turns a keyboard step into a move target, or null at an edge. */
export function stepTarget(
  cards: readonly Card[],
  lanes: readonly Lane[],
  cardId: string,
  step: Step,
): MoveTarget | null {
  const card = cards.find((c) => c.id === cardId);
  if (!card) return null;
  const laneIndex = lanes.findIndex((lane) => lane.id === card.laneId);
  if (step === 'previous-lane' || step === 'next-lane') {
    const lane = lanes[laneIndex + (step === 'next-lane' ? 1 : -1)];
    return lane ? { laneId: lane.id } : null;
  }
  const laneCards = sortByOrder(cards.filter((c) => c.laneId === card.laneId));
  const index = laneCards.findIndex((c) => c.id === cardId);
  if (step === 'up') {
    const above = laneCards[index - 1];
    return above ? { laneId: card.laneId, beforeCardId: above.id } : null;
  }
  if (index >= laneCards.length - 1) return null;
  const afterNext = laneCards[index + 2];
  return afterNext ? { laneId: card.laneId, beforeCardId: afterNext.id } : { laneId: card.laneId };
}

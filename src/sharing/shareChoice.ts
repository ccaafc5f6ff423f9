// Which cards and helpers a share holds. A private card is never in it, whatever is asked, and
// the person's "yes" holds only for exactly the cards and helpers they saw when they said it.
import type { Card, Lane, Plan } from '../domain/types';

/** The cards of one lane, in board order. */
export interface LaneCards {
  lane: Lane;
  cards: Card[];
}

/** Groups a plan's cards by lane, in the order the board shows them. */
export function cardsByLane(plan: Pick<Plan, 'lanes'>, cards: readonly Card[]): LaneCards[] {
  return plan.lanes.map((lane) => ({
    lane,
    cards: cards.filter((card) => card.laneId === lane.id),
  }));
}

/** Whether a card can be shared at all: private cards cannot. */
export function isShareable(card: Pick<Card, 'isPrivate'>): boolean {
  return card.isPrivate !== true;
}

/** Whether a card is ticked: every shareable card is, until the person unticks it. */
export function isTicked(card: Card, unticked: ReadonlySet<string>): boolean {
  return isShareable(card) && !unticked.has(card.id);
}

/** The cards to share, in board order: ticked, and never a private one. */
export function cardsToShare(
  plan: Pick<Plan, 'lanes'>,
  cards: readonly Card[],
  unticked: ReadonlySet<string>,
): Card[] {
  return cardsByLane(plan, cards).flatMap((lane) =>
    lane.cards.filter((card) => isTicked(card, unticked)),
  );
}

/** Ticks or unticks a card. A private card stays unticked: nothing changes for it. */
export function setTick(
  unticked: ReadonlySet<string>,
  card: Card,
  isOn: boolean,
): ReadonlySet<string> {
  if (!isShareable(card)) return unticked;
  const next = new Set(unticked);
  if (isOn) next.delete(card.id);
  else next.add(card.id);
  return next;
}

/** Adds or takes away one id in a list of chosen ids (helpers who get the share). */
export function setChosen(ids: readonly string[], id: string, isOn: boolean): string[] {
  const rest = ids.filter((other) => other !== id);
  return isOn ? [...rest, id] : rest;
}

/** A fingerprint of exactly what is shared and with whom: a "yes" holds only for this. */
export function choiceKey(cardIds: readonly string[], withIds: readonly string[]): string {
  return `${[...cardIds].sort().join(',')}|${[...withIds].sort().join(',')}`;
}

// Which cards a meeting shows, in which order: lane by lane, as the board reads, and without
// the person's private cards unless they chose to show them.
import { RATING_FACES, type ScaleFace } from '../domain/scales';
import type { Card, Plan, Rating } from '../domain/types';

/** The cards of `plan` lane by lane, each lane in its own order (cards come sorted by order). */
export function cardsInLaneOrder(plan: Plan, cards: readonly Card[], showPrivate: boolean): Card[] {
  return plan.lanes.flatMap((lane) =>
    cards.filter((card) => card.laneId === lane.id && (showPrivate || !card.isPrivate)),
  );
}

/** Where card `cardId` is among `cards`; the first card when it is not there (any more). */
export function positionOf(cards: readonly Card[], cardId: string | undefined): number {
  const index = cards.findIndex((card) => card.id === cardId);
  return index < 0 ? 0 : index;
}

/** The picture ladder from the top down, the way it is drawn: the "how is it going" faces (the
 * same pictures and words as on the card), best first. Each face's value is its rung (1 bottom). */
export const LADDER: readonly ScaleFace[] = [...RATING_FACES].reverse();

/** The rating given to `card` in meeting `meetingId`, if any. */
export function ratingIn(card: Card, meetingId: string): Rating | undefined {
  return card.ratings?.find((rating) => rating.meetingId === meetingId);
}

// Which cards a meeting shows, in which order: lane by lane, as the board reads, and without
// the person's private cards unless they chose to show them.
import type { Card, Plan, Rating, ScaleStep } from '../domain/types';

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

/** One step of the picture ladder: its place (1 bottom … 5 top), face and name. */
export interface LadderStep {
  value: ScaleStep;
  symbolId: string;
  nameKey: string;
}

/** The ladder from the top down, the way it is drawn. */
export const LADDER: readonly LadderStep[] = [
  { value: 5, symbolId: '1f600', nameKey: 'meeting.ladder.step5' },
  { value: 4, symbolId: '1f642', nameKey: 'meeting.ladder.step4' },
  { value: 3, symbolId: '1f610', nameKey: 'meeting.ladder.step3' },
  { value: 2, symbolId: '1f641', nameKey: 'meeting.ladder.step2' },
  { value: 1, symbolId: '1f61e', nameKey: 'meeting.ladder.step1' },
];

/** The name key of a ladder step. */
export function ladderNameKey(value: ScaleStep): string {
  return `meeting.ladder.step${value}`;
}

/** The rating given to `card` in meeting `meetingId`, if any. */
export function ratingIn(card: Card, meetingId: string): Rating | undefined {
  return card.ratings?.find((rating) => rating.meetingId === meetingId);
}

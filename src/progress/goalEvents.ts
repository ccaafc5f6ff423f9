// What happened to a goal, told as events: put in a lane, moved between lanes, rated. Taken from
// the plan's history (undone changes did not happen) and the card's own ratings.
import { sortByOrder } from '../domain/ordering';
import type { Card, HistoryEntry, Lane, Plan, ScaleStep } from '../domain/types';

/** One thing that happened to a goal. */
export type GoalEvent =
  | { kind: 'added'; at: number; laneId: string }
  | { kind: 'moved'; at: number; fromLaneId: string; toLaneId: string }
  | { kind: 'rated'; at: number; value: ScaleStep; wish?: ScaleStep; meetingId?: string };

/** A move of a card from one lane to another. */
export interface LaneMove {
  at: number;
  fromLaneId: string;
  toLaneId: string;
}

/** The card states a history entry changed for card `cardId`, when it really happened. */
function cardChanges(entry: HistoryEntry, cardId: string) {
  if (entry.undone === 1) return [];
  return entry.changes.filter(
    (change) => change.table === 'cards' && change.key === cardId,
  ) as Extract<HistoryEntry['changes'][number], { table: 'cards' }>[];
}

/** Every move of card `cardId` between lanes, oldest first (moves inside a lane are not counted). */
export function laneMoves(cardId: string, history: readonly HistoryEntry[]): LaneMove[] {
  const moves: LaneMove[] = [];
  for (const entry of history) {
    for (const change of cardChanges(entry, cardId)) {
      if (change.before && change.after && change.before.laneId !== change.after.laneId) {
        moves.push({
          at: entry.at,
          fromLaneId: change.before.laneId,
          toLaneId: change.after.laneId,
        });
      }
    }
  }
  return moves.sort((a, b) => a.at - b.at);
}

/** The lane a card was first put in: from its 'card-add', else before its first move, else now. */
export function firstLaneId(card: Card, history: readonly HistoryEntry[]): string {
  for (const entry of history) {
    if (entry.action !== 'card-add') continue;
    const added = cardChanges(entry, card.id).find((change) => !change.before && change.after);
    if (added?.after) return added.after.laneId;
  }
  return laneMoves(card.id, history)[0]?.fromLaneId ?? card.laneId;
}

/** Everything that happened to a goal, oldest first; the adding always comes first. */
export function goalEvents(card: Card, history: readonly HistoryEntry[]): GoalEvent[] {
  const added: GoalEvent = {
    kind: 'added',
    at: card.createdAt,
    laneId: firstLaneId(card, history),
  };
  const moved: GoalEvent[] = laneMoves(card.id, history).map((move) => ({
    kind: 'moved',
    ...move,
  }));
  const rated: GoalEvent[] = (card.ratings ?? []).map((rating) => ({ kind: 'rated', ...rating }));
  // A stable sort: at equal times, moves stay before the ratings given after them.
  const later = [...moved, ...rated].sort((a, b) => a.at - b.at);
  return [added, ...later];
}

/** Whether a goal has anything to show on the progress screens: ratings or a move. */
export function hasProgress(card: Card, history: readonly HistoryEntry[]): boolean {
  return (card.ratings?.length ?? 0) > 0 || laneMoves(card.id, history).length > 0;
}

/** The goals of a plan that have progress to show, in board order (lane by lane). */
export function goalsWithProgress(
  plan: Plan,
  cards: readonly Card[],
  history: readonly HistoryEntry[],
): Card[] {
  const laneIndex = new Map(plan.lanes.map((lane, index) => [lane.id, index]));
  const byLane = (card: Card) => laneIndex.get(card.laneId) ?? plan.lanes.length;
  return sortByOrder(cards.filter((card) => hasProgress(card, history))).sort(
    (a, b) => byLane(a) - byLane(b),
  );
}

/**
 * Every lane the plan has or ever had, by id: lanes removed or renamed since are known from the
 * plan's history, and the plan as it is now has the last word.
 */
export function knownLanes(plan: Plan, history: readonly HistoryEntry[]): Map<string, Lane> {
  const lanes = new Map<string, Lane>();
  for (const entry of history) {
    for (const change of entry.changes) {
      if (change.table !== 'plans') continue;
      for (const lane of [...(change.before?.lanes ?? []), ...(change.after?.lanes ?? [])]) {
        lanes.set(lane.id, lane);
      }
    }
  }
  for (const lane of plan.lanes) lanes.set(lane.id, lane);
  return lanes;
}

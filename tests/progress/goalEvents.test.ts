// A goal's story from the plan history and its ratings: moves between lanes (not inside one),
// undone changes left out, ratings with their wish, and the lanes known from the history.
import { describe, expect, it } from 'vitest';
import {
  firstLaneId,
  goalEvents,
  goalsWithProgress,
  hasProgress,
  knownLanes,
  laneMoves,
} from '../../src/progress/goalEvents';
import type { Card, HistoryEntry, Plan } from '../../src/domain/types';
import { makeCard, makePlan } from '../fixtures/factories';

let nextId = 0;
function entry(
  action: HistoryEntry['action'],
  at: number,
  before: Card | null,
  after: Card | null,
  undone: 0 | 1 = 0,
): HistoryEntry {
  nextId += 1;
  const key = (after ?? before)?.id ?? 'x';
  return {
    id: nextId,
    planId: 'plan-x',
    at,
    action,
    changes: [{ table: 'cards', key, before, after }],
    undone,
  };
}

const card = makeCard({ id: 'c1', laneId: 'later', createdAt: 100 });
const inNow = { ...card, laneId: 'now' };
const inNext = { ...card, laneId: 'next' };
const inLater = { ...card, laneId: 'later' };

describe('laneMoves', () => {
  it('finds moves between lanes and leaves out moves inside a lane and other cards', () => {
    const other = makeCard({ id: 'c2', laneId: 'now' });
    const history = [
      entry('card-add', 100, null, inNow),
      entry('card-move', 200, inNow, { ...inNow, order: 'a5' }),
      entry('card-move', 300, inNow, inNext),
      entry('card-move', 350, other, { ...other, laneId: 'done' }),
      entry('card-edit', 400, inNext, { ...inNext, words: 'Swim more' }),
      entry('card-move', 500, inNext, inLater),
    ];
    expect(laneMoves('c1', history)).toEqual([
      { at: 300, fromLaneId: 'now', toLaneId: 'next' },
      { at: 500, fromLaneId: 'next', toLaneId: 'later' },
    ]);
  });

  it('leaves out undone moves: they did not happen', () => {
    const history = [
      entry('card-add', 100, null, inNow),
      entry('card-move', 300, inNow, inNext),
      entry('card-move', 500, inNext, inLater, 1),
    ];
    expect(laneMoves('c1', history)).toEqual([{ at: 300, fromLaneId: 'now', toLaneId: 'next' }]);
  });
});

describe('firstLaneId', () => {
  it('is the lane of the card-add, unless the adding was undone', () => {
    expect(firstLaneId(card, [entry('card-add', 100, null, inNow)])).toBe('now');
    const history = [entry('card-move', 300, inNext, inLater)];
    expect(firstLaneId(card, history)).toBe('next');
    expect(firstLaneId(card, [])).toBe('later');
  });
});

describe('goalEvents', () => {
  it('tells the story oldest first: added, moves and ratings with their wish', () => {
    const rated: Card = {
      ...inLater,
      ratings: [
        { value: 2, at: 250 },
        { value: 4, at: 600, wish: 5, meetingId: 'm1' },
      ],
    };
    const history = [
      entry('card-add', 100, null, inNow),
      entry('card-move', 300, inNow, inNext),
      entry('card-move', 400, inNext, inLater, 1),
    ];
    expect(goalEvents(rated, history)).toEqual([
      { kind: 'added', at: 100, laneId: 'now' },
      { kind: 'rated', at: 250, value: 2 },
      { kind: 'moved', at: 300, fromLaneId: 'now', toLaneId: 'next' },
      { kind: 'rated', at: 600, value: 4, wish: 5, meetingId: 'm1' },
    ]);
  });
});

describe('goalsWithProgress', () => {
  it('keeps cards that were rated or moved, in board order', () => {
    const plan: Plan = makePlan();
    const [now, next] = plan.lanes.map((lane) => lane.id);
    const still = makeCard({ id: 'still', laneId: now });
    const moved = makeCard({ id: 'moved', laneId: next, order: 'a0' });
    const rated = makeCard({
      id: 'rated',
      laneId: now,
      order: 'a1',
      ratings: [{ value: 3, at: 5 }],
    });
    const history = [entry('card-move', 10, { ...moved, laneId: now ?? '' }, moved)];
    expect(hasProgress(still, history)).toBe(false);
    expect(goalsWithProgress(plan, [moved, still, rated], history).map((c) => c.id)).toEqual([
      'rated',
      'moved',
    ]);
  });
});

describe('knownLanes', () => {
  it('knows lanes removed since from the history, and the plan as it is now wins', () => {
    const plan = makePlan();
    const first = plan.lanes[0];
    if (!first) throw new Error('no lane');
    const gone = { id: 'gone', symbolId: '1f3e0', title: 'Old lane' };
    const renamed = { ...first, title: 'Old name' };
    const before = { ...plan, lanes: [renamed, ...plan.lanes.slice(1), gone] };
    const history: HistoryEntry[] = [
      {
        id: 1,
        planId: plan.id,
        at: 1,
        action: 'lane-delete',
        changes: [{ table: 'plans', key: plan.id, before, after: plan }],
        undone: 0,
      },
    ];
    const lanes = knownLanes(plan, history);
    expect(lanes.get('gone')?.title).toBe('Old lane');
    expect(lanes.get(first.id)).toEqual(first);
  });
});

// What a share holds: every shareable card unless unticked, never a private card, board order,
// and a "yes" that holds only for exactly what the person saw.
import { describe, expect, it } from 'vitest';
import {
  cardsByLane,
  cardsToShare,
  choiceKey,
  isTicked,
  setChosen,
  setTick,
} from '../../src/sharing/shareChoice';
import { datedFileName, safeFileWords } from '../../src/sharing/fileName';
import { makeCard, makePlan } from '../fixtures/factories';

const plan = makePlan();
const [now, next] = plan.lanes.map((lane) => lane.id);
const swim = makeCard({ laneId: next ?? '', words: 'Swim', order: 'a0' });
const cook = makeCard({ laneId: now ?? '', words: 'Cook', order: 'a1' });
const secret = makeCard({ laneId: now ?? '', words: 'My secret', order: 'a2', isPrivate: true });
const cards = [swim, cook, secret];

describe('share choice', () => {
  it('ticks every card but the private ones, in board order', () => {
    const none = new Set<string>();
    expect(cardsToShare(plan, cards, none).map((c) => c.words)).toEqual(['Cook', 'Swim']);
    expect(isTicked(secret, none)).toBe(false);
    expect(cardsByLane(plan, cards)[0]?.cards.map((c) => c.words)).toEqual(['Cook', 'My secret']);
  });

  it('unticks and ticks a card again, but never ticks a private one', () => {
    const unticked = setTick(new Set(), cook, false);
    expect(cardsToShare(plan, cards, unticked).map((c) => c.words)).toEqual(['Swim']);
    expect(cardsToShare(plan, cards, setTick(unticked, cook, true))).toHaveLength(2);
    const asked = setTick(unticked, secret, true);
    expect(asked).toBe(unticked);
    expect(cardsToShare(plan, cards, asked).some((c) => c.isPrivate)).toBe(false);
  });

  it('keeps a yes only for the same cards and helpers, in any order', () => {
    expect(choiceKey(['a', 'b'], ['h'])).toBe(choiceKey(['b', 'a'], ['h']));
    expect(choiceKey(['a', 'b'], ['h'])).not.toBe(choiceKey(['a'], ['h']));
    expect(choiceKey(['a'], [])).not.toBe(choiceKey(['a'], ['h']));
    expect(setChosen(['h1'], 'h2', true)).toEqual(['h1', 'h2']);
    expect(setChosen(['h1', 'h2'], 'h1', false)).toEqual(['h2']);
    expect(setChosen(['h1'], 'h1', true)).toEqual(['h1']);
  });
});

describe('file names', () => {
  it('names a file "<title> <date>.myplan" without unsafe characters', () => {
    const may3 = new Date(2025, 4, 3, 12);
    expect(datedFileName('My goals', 'My plan', may3, '.myplan')).toBe(
      'My goals 2025-05-03.myplan',
    );
    expect(datedFileName('Home/work: "A|B"?', 'My plan', may3, '.myplan')).toBe(
      'Home work A B 2025-05-03.myplan',
    );
    expect(safeFileWords('  ..  ', 'My plan')).toBe('My plan');
    expect(safeFileWords('x'.repeat(300), 'My plan')).toHaveLength(80);
  });
});

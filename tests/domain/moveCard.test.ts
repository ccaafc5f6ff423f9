import { describe, expect, it } from 'vitest';
import { planMove, stepTarget } from '../../src/domain/moveCard';
import { keyAfter, keyBetween, sortByOrder } from '../../src/domain/ordering';
import type { Card, Lane } from '../../src/domain/types';
import { makeCard } from '../fixtures/factories';

const lanes: Lane[] = [
  { id: 'now', symbolId: '1f4cd' },
  { id: 'next', symbolId: '27a1' },
];

function laneOf(cards: Card[], laneId: string): string[] {
  return sortByOrder(cards.filter((c) => c.laneId === laneId)).map((c) => c.words);
}

function apply(cards: Card[], cardId: string, result: { laneId: string; order: string } | null) {
  return cards.map((c) => (c.id === cardId && result ? { ...c, ...result } : c));
}

describe('ordering keys', () => {
  it('makes keys that sort between their neighbours', () => {
    const a = keyAfter(null);
    const c = keyAfter(a);
    const b = keyBetween(a, c);
    expect([c, b, a].sort()).toEqual([a, b, c]);
  });

  it('still gives a key after equal neighbours instead of throwing', () => {
    const a = keyAfter(null);
    expect(keyBetween(a, a) > a).toBe(true);
  });
});

describe('planMove', () => {
  const cards = [
    makeCard({ id: 'a', words: 'A', laneId: 'now', order: 'a0' }),
    makeCard({ id: 'b', words: 'B', laneId: 'now', order: 'a1' }),
    makeCard({ id: 'c', words: 'C', laneId: 'now', order: 'a2' }),
    makeCard({ id: 'x', words: 'X', laneId: 'next', order: 'a0' }),
  ];

  it('puts a card at the end of another lane', () => {
    const moved = apply(cards, 'a', planMove(cards, 'a', { laneId: 'next' }));
    expect(laneOf(moved, 'now')).toEqual(['B', 'C']);
    expect(laneOf(moved, 'next')).toEqual(['X', 'A']);
  });

  it('puts a card before another card', () => {
    const moved = apply(cards, 'c', planMove(cards, 'c', { laneId: 'now', beforeCardId: 'a' }));
    expect(laneOf(moved, 'now')).toEqual(['C', 'A', 'B']);
  });

  it('moves a card down within its lane', () => {
    const moved = apply(cards, 'a', planMove(cards, 'a', { laneId: 'now', beforeCardId: 'c' }));
    expect(laneOf(moved, 'now')).toEqual(['B', 'A', 'C']);
  });

  it('returns null when the card is already there', () => {
    expect(planMove(cards, 'c', { laneId: 'now' })).toBeNull();
    expect(planMove(cards, 'a', { laneId: 'now', beforeCardId: 'b' })).toBeNull();
    expect(planMove(cards, 'a', { laneId: 'now', beforeCardId: 'a' })).toBeNull();
  });
});

describe('stepTarget (keyboard)', () => {
  const cards = [
    makeCard({ id: 'a', laneId: 'now', order: 'a0' }),
    makeCard({ id: 'b', laneId: 'now', order: 'a1' }),
    makeCard({ id: 'c', laneId: 'now', order: 'a2' }),
  ];

  it('steps up and down inside a lane', () => {
    expect(stepTarget(cards, lanes, 'b', 'up')).toEqual({ laneId: 'now', beforeCardId: 'a' });
    expect(stepTarget(cards, lanes, 'a', 'down')).toEqual({ laneId: 'now', beforeCardId: 'c' });
    expect(stepTarget(cards, lanes, 'b', 'down')).toEqual({ laneId: 'now' });
  });

  it('steps to the neighbour lane and stops at the edges', () => {
    expect(stepTarget(cards, lanes, 'a', 'next-lane')).toEqual({ laneId: 'next' });
    expect(stepTarget(cards, lanes, 'a', 'previous-lane')).toBeNull();
    expect(stepTarget(cards, lanes, 'a', 'up')).toBeNull();
    expect(stepTarget(cards, lanes, 'c', 'down')).toBeNull();
  });
});

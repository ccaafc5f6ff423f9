// Moving a step up or down rewrites only that step's key; the edges refuse; places count from 1.
import { describe, expect, it } from 'vitest';
import { appendStep, moveStep, moveStepBefore, stepPlace } from '../../src/domain/moveStep';
import { sortByOrder } from '../../src/domain/ordering';
import type { CardStep } from '../../src/domain/types';

function steps(...words: string[]): CardStep[] {
  return words.reduce<CardStep[]>((list, w) => appendStep(list, { id: w, words: w }), []);
}
const wordsOf = (list: CardStep[]) => sortByOrder(list).map((s) => s.words);

describe('moveStep', () => {
  it('moves a step up one place and changes only its key', () => {
    const before = steps('Shop', 'Cook', 'Eat');
    const after = moveStep(before, 'Eat', 'up');
    expect(after && wordsOf(after)).toEqual(['Shop', 'Eat', 'Cook']);
    const changed = after?.filter((s) => before.find((b) => b.id === s.id)?.order !== s.order);
    expect(changed?.map((s) => s.id)).toEqual(['Eat']);
  });

  it('moves a step down one place', () => {
    const after = moveStep(steps('Shop', 'Cook', 'Eat'), 'Shop', 'down');
    expect(after && wordsOf(after)).toEqual(['Cook', 'Shop', 'Eat']);
  });

  it('moves the second-last step to the end', () => {
    const after = moveStep(steps('Shop', 'Cook', 'Eat'), 'Cook', 'down');
    expect(after && wordsOf(after)).toEqual(['Shop', 'Eat', 'Cook']);
  });

  it('works on steps given in any order', () => {
    const list = steps('Shop', 'Cook', 'Eat').reverse();
    const after = moveStep(list, 'Cook', 'up');
    expect(after && wordsOf(after)).toEqual(['Cook', 'Shop', 'Eat']);
  });

  it('refuses to move past either end, or a step that is not there', () => {
    const list = steps('Shop', 'Cook');
    expect(moveStep(list, 'Shop', 'up')).toBeNull();
    expect(moveStep(list, 'Cook', 'down')).toBeNull();
    expect(moveStep(list, 'Nope', 'up')).toBeNull();
    expect(moveStep([], 'Shop', 'down')).toBeNull();
  });

  it('keeps working after many moves back and forth', () => {
    let list = steps('A', 'B', 'C');
    for (let i = 0; i < 50; i += 1) {
      list = moveStep(list, 'B', i % 2 ? 'down' : 'up') ?? list;
    }
    expect(wordsOf(list)).toEqual(['A', 'B', 'C']);
    expect(new Set(list.map((s) => s.order)).size).toBe(3);
  });

  it('still moves between two steps with the same key (old merged data)', () => {
    const list: CardStep[] = [
      { id: 'a', order: 'a0', words: 'A', isDone: false },
      { id: 'b', order: 'a1', words: 'B', isDone: false },
      { id: 'c', order: 'a1', words: 'C', isDone: false },
    ];
    expect(moveStep(list, 'a', 'down')).not.toBeNull();
  });
});

describe('stepPlace and appendStep', () => {
  it('says where a step stands, counting from 1', () => {
    const list = steps('Shop', 'Cook', 'Eat', 'Wash');
    expect(stepPlace(list, 'Cook')).toEqual({ index: 2, count: 4 });
    expect(stepPlace(list, 'Nope')).toBeNull();
  });

  it('adds a new step at the end, not done', () => {
    const list = appendStep(steps('Shop'), { id: 'x', words: 'Cook', symbolId: '1f373' });
    expect(wordsOf(list)).toEqual(['Shop', 'Cook']);
    expect(list[1]).toMatchObject({ isDone: false, symbolId: '1f373' });
  });
});

describe('moveStepBefore (drag and drop)', () => {
  const steps = [
    { id: 'a', order: 'a0', words: 'A', isDone: false },
    { id: 'b', order: 'a1', words: 'B', isDone: false },
    { id: 'c', order: 'a2', words: 'C', isDone: false },
  ];
  const words = (list: typeof steps | null) => list?.map((s) => s.words);

  it('puts a step before another one, or at the end', () => {
    expect(words(moveStepBefore(steps, 'c', 'a'))).toEqual(['C', 'A', 'B']);
    expect(words(moveStepBefore(steps, 'a', null))).toEqual(['B', 'C', 'A']);
    expect(words(moveStepBefore(steps, 'a', 'c'))).toEqual(['B', 'A', 'C']);
  });

  it('changes only the moved step and returns null when nothing moves', () => {
    const moved = moveStepBefore(steps, 'c', 'a') ?? [];
    expect(moved.filter((s) => s.id !== 'c')).toEqual([steps[0], steps[1]]);
    expect(moveStepBefore(steps, 'a', 'b')).toBeNull();
    expect(moveStepBefore(steps, 'c', null)).toBeNull();
    expect(moveStepBefore(steps, 'b', 'b')).toBeNull();
  });
});

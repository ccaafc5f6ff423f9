// Cards: adding, moving (one record written), undo and redo from the stored history.
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { db } from '../../src/storage/database';
import {
  addCard,
  addPerson,
  createPlan,
  listCards,
  moveCard,
  redo,
  undo,
  undoState,
} from '../../src/storage';

async function planWithCards(words: string[]) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const [now, next] = plan.lanes;
  if (!now || !next) throw new Error('no lanes');
  const cards = [];
  for (const word of words) {
    cards.push(
      await addCard({
        planId: plan.id,
        laneId: now.id,
        picture: { kind: 'symbol', symbolId: '1f431' },
        words: word,
        colour: 'green',
      }),
    );
  }
  return { plan, now, next, cards };
}

const wordsIn = async (planId: string, laneId: string) =>
  (await listCards(planId)).filter((c) => c.laneId === laneId).map((c) => c.words);

describe('cards repository', () => {
  it('adds cards in order at the end of their lane', async () => {
    const { plan, now } = await planWithCards(['Swim', 'Cook', 'Work']);
    expect(await wordsIn(plan.id, now.id)).toEqual(['Swim', 'Cook', 'Work']);
  });

  it('refuses a card with too many words and stores nothing', async () => {
    const { plan, now } = await planWithCards([]);
    const attempt = addCard({
      planId: plan.id,
      laneId: now.id,
      picture: { kind: 'symbol', symbolId: '1f431' },
      words: 'x'.repeat(500),
      colour: 'green',
    });
    await expect(attempt).rejects.toMatchObject({ problem: 'invalid' });
    expect(await listCards(plan.id)).toEqual([]);
    expect((await undoState(plan.id)).canUndo).toBe(false);
  });

  it('moves a card by rewriting only that card', async () => {
    const { plan, now, next, cards } = await planWithCards(['Swim', 'Cook', 'Work']);
    const written: string[] = [];
    db().cards.hook('updating', (_mods, key) => void written.push(String(key)));
    db().cards.hook('creating', (key) => void written.push(String(key)));
    await moveCard(cards[2]?.id ?? '', { laneId: now.id, beforeCardId: cards[0]?.id });
    expect(written).toEqual([cards[2]?.id]);
    expect(await wordsIn(plan.id, now.id)).toEqual(['Work', 'Swim', 'Cook']);
    await moveCard(cards[0]?.id ?? '', { laneId: next.id });
    expect(await wordsIn(plan.id, next.id)).toEqual(['Swim']);
  });

  it('undoes and redoes moves and adds, and a new change clears redo', async () => {
    const { plan, now, next, cards } = await planWithCards(['Swim', 'Cook']);
    await moveCard(cards[0]?.id ?? '', { laneId: next.id });
    await undo(plan.id);
    expect(await wordsIn(plan.id, now.id)).toEqual(['Swim', 'Cook']);
    expect((await undoState(plan.id)).canRedo).toBe(true);
    await redo(plan.id);
    expect(await wordsIn(plan.id, next.id)).toEqual(['Swim']);
    await undo(plan.id);
    await undo(plan.id); // takes back adding "Cook"
    expect(await wordsIn(plan.id, now.id)).toEqual(['Swim']);
    await moveCard(cards[0]?.id ?? '', { laneId: next.id });
    expect((await undoState(plan.id)).canRedo).toBe(false);
  });

  it('leaves every card as it was when the disk is full', async () => {
    const { plan, now, next, cards } = await planWithCards(['Swim', 'Cook']);
    const before = await listCards(plan.id);
    db().history.hook('creating', () => {
      const inner = new DOMException('full', 'QuotaExceededError');
      throw Object.assign(new Error('abort'), { name: 'AbortError', inner });
    });
    await expect(moveCard(cards[0]?.id ?? '', { laneId: next.id })).rejects.toMatchObject({
      problem: 'full',
    });
    expect(await listCards(plan.id)).toEqual(before);
    expect(await wordsIn(plan.id, now.id)).toEqual(['Swim', 'Cook']);
  });
});

// A person with a "My goals" plan and one card, for the card screen tests.
import { TEMPLATES } from '../../src/domain/templates';
import type { CardStep } from '../../src/domain/types';
import {
  addCard,
  addPerson,
  createPlan,
  getCard,
  updateCard,
  updatePreferences,
} from '../../src/storage';

/** Seeds a card "Swim" (with `steps` if given) and returns its ids. */
export async function seedCard(steps?: CardStep[]) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  // Every tool of the card screen shows in Helper mode ("Me" keeps it simple).
  await updatePreferences(person.id, { mode: 'helper' });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const card = await addCard({
    planId: plan.id,
    laneId: plan.lanes[0]?.id ?? '',
    picture: { kind: 'symbol', symbolId: '1f3ca' },
    words: 'Swim',
    colour: 'green',
  });
  if (steps) await updateCard(card.id, { steps });
  return { personId: person.id, planId: plan.id, cardId: card.id };
}

/** The stored card, which must exist. */
export async function stored(cardId: string) {
  const card = await getCard(cardId);
  if (!card) throw new Error('card is gone');
  return card;
}

/** Two steps, "Buy shoes" then "Go to the pool". */
export const TWO_STEPS: CardStep[] = [
  { id: 's1', order: 'a0', words: 'Buy shoes', isDone: false },
  { id: 's2', order: 'a1', words: 'Go to the pool', symbolId: '1f3ca', isDone: false },
];

// A person with a "My goals" plan and cards in its lanes, for the board's tests.
import { TEMPLATES } from '../../src/domain/templates';
import { addCard, addPerson, createPlan, listCards } from '../../src/storage';

/** Makes the plan; `lanes` lists the words of the cards of each lane, in order (Now first). */
export async function seedBoard(lanes: string[][] = [['Swim', 'Cook']]) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  for (const [index, words] of lanes.entries()) {
    for (const word of words) {
      await addCard({
        planId: plan.id,
        laneId: plan.lanes[index]?.id ?? '',
        picture: { kind: 'symbol', symbolId: '1f431' },
        words: word,
        colour: 'green',
      });
    }
  }
  return plan;
}

/** The words of the cards of each lane, in order, as stored. */
export async function storedLanes(planId: string, laneIds: string[]) {
  const cards = await listCards(planId);
  return laneIds.map((id) => cards.filter((c) => c.laneId === id).map((c) => c.words));
}

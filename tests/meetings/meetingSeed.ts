// A person with a "My goals" plan (Swim and Cook in Now, Read in Next), their social worker
// Lars, and a meeting with Lars about that plan: what the meeting tests start from.
import { TEMPLATES } from '../../src/domain/templates';
import type { Rating } from '../../src/domain/types';
import {
  addCard,
  addPerson,
  addSupporter,
  createPlan,
  getCard,
  getMeeting,
  startMeeting,
  updateCard,
} from '../../src/storage';

const picture = { kind: 'symbol', symbolId: '1f600' } as const;

/** Seeds everything; `ratings` go on Swim before the meeting (e.g. one from the card screen). */
export async function seedMeeting(options: { ratings?: Rating[]; participants?: boolean } = {}) {
  const person = await addPerson({ name: 'Ana', picture });
  const template = TEMPLATES.find((item) => item.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const [now, next] = plan.lanes;
  if (!now || !next) throw new Error('no lanes');
  const card = (words: string, laneId: string, symbolId: string) =>
    addCard({
      planId: plan.id,
      laneId,
      picture: { kind: 'symbol', symbolId },
      words,
      colour: 'green',
    });
  const swim = await card('Swim', now.id, '1f3ca');
  const cook = await card('Cook', now.id, '1f373');
  const read = await card('Read', next.id, '1f4d6');
  if (options.ratings) await updateCard(swim.id, { ratings: options.ratings });
  const lars = await addSupporter({
    personId: person.id,
    name: 'Lars',
    picture: { kind: 'symbol', symbolId: '1f9d1-200d-1f4bc' },
    role: 'social-worker',
  });
  const meeting = await startMeeting({
    personId: person.id,
    participantIds: options.participants === false ? [] : [lars.id],
    planIds: [plan.id],
  });
  return { person, plan, swim, cook, read, lars, meeting };
}

/** The stored card, which must exist. */
export async function storedCard(cardId: string) {
  const card = await getCard(cardId);
  if (!card) throw new Error('card is gone');
  return card;
}

/** The stored meeting, which must exist. */
export async function storedMeeting(meetingId: string) {
  const meeting = await getMeeting(meetingId);
  if (!meeting) throw new Error('meeting is gone');
  return meeting;
}

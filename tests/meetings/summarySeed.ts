// A person with a social worker, a plan and a meeting in which some cards were rated and some
// actions agreed (one of each private), plus a card rated in another meeting: for the end tests.
import { TEMPLATES } from '../../src/domain/templates';
import type { Rating } from '../../src/domain/types';
import {
  addCard,
  addPerson,
  addSupporter,
  createPlan,
  startMeeting,
  updateCard,
  updateMeeting,
} from '../../src/storage';

/** Seeds the meeting and returns the ids the tests look for. */
export async function seedMeeting() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const lena = await addSupporter({
    personId: person.id,
    name: 'Lena',
    picture: { kind: 'symbol', symbolId: '1f469' },
    role: 'social-worker',
  });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const laneId = plan.lanes[0]?.id ?? '';
  const card = (words: string, symbolId: string, isPrivate = false) =>
    addCard({
      planId: plan.id,
      laneId,
      picture: { kind: 'symbol', symbolId },
      words,
      colour: 'green',
    }).then((added) => (isPrivate ? updateCard(added.id, { isPrivate: true }) : added));
  const swim = await card('Swim', '1f3ca');
  const cook = await card('Cook', '1f373');
  const secret = await card('My secret goal', '1f511', true);
  const gym = await card('Visit the gym', '1f3cb');
  const hidden = await card('Hidden plan', '1f648', true);
  const meeting = await startMeeting({
    personId: person.id,
    participantIds: [lena.id],
    planIds: [plan.id],
  });
  const rate = (value: Rating['value'], wish: Rating['wish'], meetingId?: string, at = 5000) =>
    [{ value, wish, at, meetingId }] as Rating[];
  await updateCard(swim.id, { ratings: rate(2, 4, meeting.id) });
  await updateCard(cook.id, { ratings: rate(5, 5, 'another-meeting') });
  await updateCard(secret.id, { ratings: rate(3, 5, meeting.id, 6000) });
  await updateCard(gym.id, { helperIds: [lena.id], when: '2030-03-05' });
  await updateMeeting(meeting.id, { actionCardIds: [gym.id, hidden.id] });
  return { personId: person.id, meetingId: meeting.id, lenaId: lena.id, planId: plan.id };
}

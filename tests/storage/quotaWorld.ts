// A small tablet's worth of data for the full-disk tests: a person with a photo, a voice, a helper,
// a plan with cards in two lanes (one with steps and a rating), undo history, a meeting, a share
// and device settings. Made through the repositories, as the app makes it.
import { TEMPLATES } from '../../src/domain/templates';
import type { Card, Meeting, Person, Plan, Recording, Supporter } from '../../src/domain/types';
import {
  addCard,
  addPerson,
  addPicture,
  addRecording,
  addSupporter,
  createPlan,
  recordShare,
  startMeeting,
  updateCard,
  updateDeviceSettings,
  updatePreferences,
} from '../../src/storage';

/** Everything the seeded tablet holds that a test may act on. */
export interface World {
  person: Person;
  plan: Plan;
  /** Lane 0 has `first` and `second`; lane 1 has `other`. */
  laneIds: [string, string];
  first: Card;
  second: Card;
  other: Card;
  helper: Supporter;
  recording: Recording;
  meeting: Meeting;
}

/** Some bytes that pass as a small JPEG or a voice clip. */
export function someBytes(length: number): ArrayBuffer {
  return Uint8Array.from({ length }, (_, i) => (i * 7) % 256).buffer;
}

async function seedPlan(personId: string) {
  const template = TEMPLATES[0];
  if (!template) throw new Error('no template');
  const plan = await createPlan(personId, template);
  const [lane0, lane1] = plan.lanes;
  if (!lane0 || !lane1) throw new Error('the plan needs two lanes');
  const card = (laneId: string, words: string) =>
    addCard({
      planId: plan.id,
      laneId,
      picture: { kind: 'symbol', symbolId: '1f3ca' },
      words,
      colour: 'green',
    });
  const first = await card(lane0.id, 'Swim');
  const second = await card(lane0.id, 'Cook');
  const other = await card(lane1.id, 'Read');
  const steps = [{ id: 'step-1', order: 'a0', words: 'Bag', isDone: false }];
  const rated = await updateCard(first.id, { steps, ratings: [{ value: 3, at: 1000 }] });
  return { plan, laneIds: [lane0.id, lane1.id] as [string, string], first: rated, second, other };
}

/** Fills the current database with one person's data; returns what tests act on. */
export async function seedWorld(): Promise<World> {
  const personId = crypto.randomUUID();
  const photo = await addPicture({
    personId,
    bytes: someBytes(400),
    mime: 'image/jpeg',
    source: 'camera',
    alt: 'Me',
    width: 20,
    height: 20,
  });
  const person = await addPerson({
    id: personId,
    name: 'Sam',
    picture: { kind: 'stored', pictureId: photo.id },
  });
  await updatePreferences(person.id, { rate: 0.8 });
  const recording = await addRecording({
    personId: person.id,
    bytes: someBytes(300),
    mime: 'audio/webm',
    durationMs: 1200,
  });
  const helper = await addSupporter({
    personId: person.id,
    name: 'Lars',
    picture: { kind: 'symbol', symbolId: '1f9d1' },
    role: 'social-worker',
  });
  const cards = await seedPlan(person.id);
  const meeting = await startMeeting({
    personId: person.id,
    participantIds: [helper.id],
    planIds: [cards.plan.id],
  });
  await recordShare({
    personId: person.id,
    kind: 'print',
    planIds: [cards.plan.id],
    cardIds: [cards.first.id],
    withIds: [helper.id],
    agreedAt: Date.now(),
  });
  await updateDeviceSettings({ language: 'en' });
  return { person, helper, recording, meeting, ...cards };
}

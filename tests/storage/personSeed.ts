// Two people with everything My Plan keeps (a photo, plans, cards with a voice, steps, helpers,
// a note and ratings, a meeting with an action, history, shares and device settings), for the
// tests of removing a person.
import { TEMPLATES } from '../../src/domain/templates';
import type { PictureRef } from '../../src/domain/types';
import {
  addCard,
  addCardNote,
  addMeetingAction,
  addPerson,
  addPicture,
  addRecording,
  addSupporter,
  createPlan,
  deleteCard,
  hideBackupReminder,
  rateInMeeting,
  recordShare,
  startMeeting,
  undo,
  updateCard,
} from '../../src/storage';
import { db } from '../../src/storage/database';

function bytes(length: number, seed: number): ArrayBuffer {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = (i * 31 + seed) % 256;
  return out.buffer;
}

async function photoOf(personId: string, seed: number) {
  const stored = await addPicture({
    personId,
    bytes: bytes(600, seed),
    mime: 'image/jpeg',
    source: 'camera',
    alt: 'Photo',
    width: 40,
    height: 30,
  });
  return { kind: 'stored', pictureId: stored.id } as const;
}

async function planWithCards(personId: string, seed: number) {
  const template = TEMPLATES.find((item) => item.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(personId, template);
  const laneId = plan.lanes[0]?.id ?? '';
  const card = (words: string, picture: PictureRef = { kind: 'symbol', symbolId: '1f3ca' }) =>
    addCard({ planId: plan.id, laneId, picture, words, colour: 'green' });
  const swim = await card('Swim', await photoOf(personId, seed + 1));
  const cook = await card('Cook');
  const voice = await addRecording({
    personId,
    bytes: bytes(300, seed),
    mime: 'audio/webm',
    durationMs: 900,
  });
  const steps = [{ id: `step-${seed}`, order: 'a0', words: 'Bag', isDone: false }];
  await updateCard(swim.id, { recordingId: voice.id, steps });
  const gone = await card('Gone');
  await deleteCard(gone.id);
  await undo(plan.id);
  return { plan, swim, cook, laneId };
}

/** One person with everything; `seed` makes their bytes differ from anyone else's. */
export async function seedPerson(name: string, seed: number) {
  const photoId = crypto.randomUUID();
  const picture = await photoOf(photoId, seed);
  const person = await addPerson({ id: photoId, name, picture });
  const { plan, swim, cook, laneId } = await planWithCards(person.id, seed);
  const helper = await addSupporter({
    personId: person.id,
    name: `${name}'s helper`,
    picture: await photoOf(person.id, seed + 2),
  });
  await updateCard(cook.id, { helperIds: [helper.id] });
  await addCardNote(swim.id, { words: 'Went well', supporterId: helper.id, agreedAt: Date.now() });
  const meeting = await startMeeting({
    personId: person.id,
    participantIds: [helper.id],
    planIds: [plan.id],
  });
  await rateInMeeting(meeting.id, swim.id, { value: 3, wish: 5 });
  await addMeetingAction(meeting.id, {
    planId: plan.id,
    laneId,
    picture: { kind: 'symbol', symbolId: '1f4de' },
    words: 'Call Lars',
    colour: 'blue',
    helperIds: [helper.id],
  });
  const share = { personId: person.id, planIds: [plan.id], cardIds: [swim.id], withIds: [] };
  await recordShare({ ...share, kind: 'backup', agreedAt: Date.now() });
  await recordShare({ ...share, kind: 'print', withIds: [helper.id], agreedAt: Date.now() });
  await hideBackupReminder(person.id, 5000 + seed);
  await db().settings.put({ key: `person:${person.id}:lock`, value: { pictures: ['1f431'] } });
  return { person, plan, swim, cook, helper, meeting };
}

/** Two people, Ana and Bo, and device settings that name Ana (the one the tests remove). */
export async function seedTwo() {
  const ana = await seedPerson('Ana', 1);
  const bo = await seedPerson('Bo', 50);
  const device = await db().settings.get('device');
  await db().settings.put({
    key: 'device',
    value: {
      ...(device?.value as object),
      lastPersonId: ana.person.id,
      recentPeople: [bo.person.id, ana.person.id],
    },
  });
  return { ana, bo };
}

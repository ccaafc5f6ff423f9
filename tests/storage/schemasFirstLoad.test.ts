// The zod schemas load with the first write. A first write that checks a record inside another
// repository's transaction (a meeting's rating of a card) must still work when the schemas come
// slowly (a chunk read from the service worker): they are loaded before the transaction starts.
import { describe, expect, it, vi } from 'vitest';
import { rateInMeeting } from '../../src/storage';
import { db } from '../../src/storage/database';
import { makeCard, makePerson, makePlan } from '../fixtures/factories';

vi.mock('../../src/storage/schemas', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage/schemas')>();
  let slow: ReturnType<typeof real.loadSchemas> | undefined;
  // The first load takes a real while (a new task), as a chunk from the network or the cache does.
  const loadSchemas = () =>
    (slow ??= new Promise((resolve) => setTimeout(resolve, 30)).then(() => real.loadSchemas()));
  return { ...real, loadSchemas };
});

describe('the first write of a visit', () => {
  it('rates a card in a meeting although the schemas were not loaded yet', async () => {
    const person = makePerson();
    const plan = makePlan({ personId: person.id });
    const lane = plan.lanes[0];
    if (!lane) throw new Error('no lane');
    const card = makeCard({ planId: plan.id, laneId: lane.id });
    const meetingId = 'meeting-1';
    await db().people.add(person);
    await db().plans.add(plan);
    await db().cards.add(card);
    await db().meetings.add({
      id: meetingId,
      personId: person.id,
      date: 1000,
      participantIds: [],
      planIds: [plan.id],
      createdAt: 1000,
      updatedAt: 1000,
    });

    const rated = await rateInMeeting(meetingId, card.id, { value: 4 });

    expect(rated.ratings?.[0]).toMatchObject({ value: 4, meetingId });
    expect((await db().cards.get(card.id))?.ratings?.[0]?.value).toBe(4);
  });
});

// A person with a "My goals" plan, seeded through the storage functions, for the progress tests.
import { vi } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import type { MeetingFeedback } from '../../src/domain/types';
import { addCard, addPerson, createPlan, startMeeting, updateMeeting } from '../../src/storage';

/** Seeds a person "Ana" with a "My goals" plan (Now, Next, Later, Done) and returns them. */
export async function seedPlan() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const lane = (index: number) => plan.lanes[index]?.id ?? '';
  return { personId: person.id, plan, lane };
}

/** Adds a green card with `words` to lane `laneId`. */
export function seedCard(planId: string, laneId: string, words: string) {
  return addCard({
    planId,
    laneId,
    picture: { kind: 'symbol', symbolId: '1f3ca' },
    words,
    colour: 'green',
  });
}

/** A meeting of `personId` held on day `iso` (e.g. "2025-03-12"), ended with `feedback`. */
export async function seedMeeting(personId: string, iso: string, feedback?: MeetingFeedback) {
  // Meetings start "now": the clock is set to that day while it is stored.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date(`${iso}T10:00:00`));
    const meeting = await startMeeting({ personId, participantIds: [], planIds: [] });
    return await updateMeeting(meeting.id, { feedback, endedAt: Date.now() });
  } finally {
    vi.useRealTimers();
  }
}

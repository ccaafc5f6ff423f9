// What a meeting stores on cards: a rating per meeting (replaced, not piled up), an action card
// together with the meeting's list of actions, and a helper's note — each refused whole when wrong.
import { describe, expect, it } from 'vitest';
import {
  addCardNote,
  addMeetingAction,
  addPerson,
  addSupporter,
  listCards,
  rateInMeeting,
  startMeeting,
  undo,
} from '../../src/storage';
import { seedMeeting, storedCard, storedMeeting } from './meetingSeed';

describe('rateInMeeting', () => {
  it('replaces the meeting’s own rating and keeps every other one', async () => {
    const earlier = { value: 1 as const, at: 500 };
    const { swim, meeting, person, plan } = await seedMeeting({ ratings: [earlier] });
    await rateInMeeting(meeting.id, swim.id, { value: 2 });
    await rateInMeeting(meeting.id, swim.id, { wish: 4 });
    await rateInMeeting(meeting.id, swim.id, { value: 3 });
    const other = await startMeeting({
      personId: person.id,
      participantIds: [],
      planIds: [plan.id],
    });
    await rateInMeeting(other.id, swim.id, { value: 5 });
    const ratings = (await storedCard(swim.id)).ratings ?? [];
    expect(ratings.map(({ value, wish, meetingId }) => ({ value, wish, meetingId }))).toEqual([
      { value: 1, wish: undefined, meetingId: undefined },
      { value: 3, wish: 4, meetingId: meeting.id },
      { value: 5, wish: undefined, meetingId: other.id },
    ]);
  });

  it('refuses a wish before "now", and a card of someone else', async () => {
    const { swim, meeting } = await seedMeeting();
    await expect(rateInMeeting(meeting.id, swim.id, { wish: 4 })).rejects.toMatchObject({
      problem: 'invalid',
    });
    const bo = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    const bosMeeting = await startMeeting({ personId: bo.id, participantIds: [], planIds: [] });
    await expect(rateInMeeting(bosMeeting.id, swim.id, { value: 2 })).rejects.toMatchObject({
      problem: 'not-found',
    });
    expect((await storedCard(swim.id)).ratings).toBeUndefined();
  });
});

describe('addMeetingAction', () => {
  it('stores the card with who helps and by when, and adds it to the meeting', async () => {
    const { plan, lars, meeting } = await seedMeeting();
    const laneId = plan.lanes[1]?.id ?? '';
    const { card } = await addMeetingAction(meeting.id, {
      planId: plan.id,
      laneId,
      picture: { kind: 'symbol', symbolId: '1f9d1-200d-2695' },
      words: ' See the doctor ',
      colour: 'green',
      helperIds: [lars.id],
      when: '2030-03-01',
    });
    expect(card).toMatchObject({ words: 'See the doctor', laneId, helperIds: [lars.id] });
    expect(card.when).toBe('2030-03-01');
    expect((await storedMeeting(meeting.id)).actionCardIds).toEqual([card.id]);
    expect((await listCards(plan.id)).map((c) => c.words)).toContain('See the doctor');
  });

  it('stores nothing when a helper is not one of the person’s supporters', async () => {
    const { plan, meeting } = await seedMeeting();
    const bo = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    const stranger = await addSupporter({
      personId: bo.id,
      name: 'Kim',
      picture: { kind: 'symbol', symbolId: '1f600' },
    });
    const attempt = addMeetingAction(meeting.id, {
      planId: plan.id,
      laneId: plan.lanes[0]?.id ?? '',
      picture: { kind: 'symbol', symbolId: '1f600' },
      words: 'Go out',
      colour: 'green',
      helperIds: [stranger.id],
    });
    await expect(attempt).rejects.toMatchObject({ problem: 'not-found' });
    expect(await listCards(plan.id)).toHaveLength(3);
    expect((await storedMeeting(meeting.id)).actionCardIds).toBeUndefined();
  });
});

describe('addCardNote', () => {
  it('adds a note with who wrote it and when the person agreed; undo takes it back', async () => {
    const { swim, lars, plan } = await seedMeeting();
    const agreedAt = Date.now();
    const card = await addCardNote(swim.id, {
      words: ' Ana swims on Tuesdays. ',
      supporterId: lars.id,
      agreedAt,
    });
    expect(card.notes).toEqual([
      {
        id: expect.any(String),
        words: 'Ana swims on Tuesdays.',
        supporterId: lars.id,
        agreedAt,
        at: expect.any(Number),
      },
    ]);
    await undo(plan.id);
    expect((await storedCard(swim.id)).notes).toBeUndefined();
  });

  it('refuses empty words, too many words and a stranger, and changes nothing', async () => {
    const { swim, lars } = await seedMeeting();
    const agreedAt = Date.now();
    await expect(
      addCardNote(swim.id, { words: '  ', supporterId: lars.id, agreedAt }),
    ).rejects.toMatchObject({ problem: 'invalid' });
    await expect(
      addCardNote(swim.id, { words: 'x'.repeat(501), supporterId: lars.id, agreedAt }),
    ).rejects.toMatchObject({ problem: 'invalid' });
    await expect(
      addCardNote(swim.id, { words: 'Hi', supporterId: 'nobody', agreedAt }),
    ).rejects.toMatchObject({ problem: 'not-found' });
    expect((await storedCard(swim.id)).notes).toBeUndefined();
  });
});

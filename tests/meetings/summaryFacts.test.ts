// Which ratings and actions a meeting's summary shows, the feedback answers, and days in words.
import { describe, expect, it } from 'vitest';
import { dayOrUndefined, withFeedback } from '../../src/meetings/feedback';
import {
  actionsOfMeeting,
  dateInWords,
  printedShare,
  ratingsOfMeeting,
} from '../../src/meetings/summaryFacts';
import { makeCard } from '../fixtures/factories';

describe('ratingsOfMeeting', () => {
  it('keeps only ratings given in the meeting, the last per card, in the order given', () => {
    const a = makeCard({
      words: 'A',
      ratings: [
        { value: 1, at: 100, meetingId: 'm' },
        { value: 2, at: 300, wish: 4, meetingId: 'm' },
        { value: 5, at: 400 },
      ],
    });
    const b = makeCard({ words: 'B', ratings: [{ value: 3, at: 200, meetingId: 'm' }] });
    const c = makeCard({ words: 'C', ratings: [{ value: 4, at: 50, meetingId: 'other' }] });
    const found = ratingsOfMeeting([a, b, c, makeCard()], 'm');
    expect(found.map(({ card, rating }) => [card.words, rating.value, rating.wish])).toEqual([
      ['B', 3, undefined],
      ['A', 2, 4],
    ]);
  });
});

describe('actionsOfMeeting', () => {
  it('keeps the agreed order and leaves out deleted cards', () => {
    const a = makeCard({ id: 'a' });
    const b = makeCard({ id: 'b' });
    const cards = new Map([
      ['a', a],
      ['b', b],
    ]);
    expect(actionsOfMeeting(['b', 'gone', 'a'], cards)).toEqual([b, a]);
    expect(actionsOfMeeting(undefined, cards)).toEqual([]);
  });
});

describe('feedback', () => {
  it('adds an answer and replaces an earlier answer to the same sentence', () => {
    const once = withFeedback(undefined, 'listened', 4);
    expect(withFeedback(once, 'decided', 2)).toEqual({ listened: 4, decided: 2 });
    expect(withFeedback(once, 'listened', 1)).toEqual({ listened: 1 });
  });

  it('accepts only real days', () => {
    expect(dayOrUndefined('2030-02-28')).toBe('2030-02-28');
    expect(dayOrUndefined('2030-02-30')).toBeUndefined();
    expect(dayOrUndefined('')).toBeUndefined();
    expect(dayOrUndefined('tomorrow')).toBeUndefined();
  });

  it('says a day in words in the person’s language', () => {
    expect(dateInWords('2030-03-05', 'en')).toMatch(/Tuesday.*March.*2030|Tuesday, March 5, 2030/);
    expect(dateInWords('2030-03-05', 'da')).toMatch(/tirsdag/);
    expect(dateInWords(new Date(2030, 2, 5, 9).getTime(), 'pt')).toMatch(/março/);
  });
});

describe('printedShare', () => {
  it('logs the meeting, its plans and people, and only the cards printed with their words', () => {
    const open = makeCard({ id: 'open' });
    const hidden = makeCard({ id: 'hidden', isPrivate: true });
    const meeting = {
      id: 'm',
      personId: 'p',
      date: 1,
      participantIds: ['lena'],
      planIds: ['plan'],
      createdAt: 1,
      updatedAt: 1,
    };
    expect(printedShare(meeting, [open, hidden, open], 99)).toEqual({
      personId: 'p',
      kind: 'print',
      planIds: ['plan'],
      cardIds: ['open'],
      meetingIds: ['m'],
      withIds: ['lena'],
      agreedAt: 99,
    });
  });
});

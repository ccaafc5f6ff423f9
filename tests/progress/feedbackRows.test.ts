// Meeting feedback over time: only meetings with answers, oldest first, one answer per question.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/types';
import { feedbackRows, hasFeedback } from '../../src/progress/feedbackRows';

function meeting(id: string, date: number, feedback?: Meeting['feedback']): Meeting {
  return {
    id,
    personId: 'p',
    date,
    participantIds: [],
    planIds: [],
    feedback,
    createdAt: date,
    updatedAt: date,
  };
}

describe('feedbackRows', () => {
  it('gives the meetings with answers oldest first, in the order of the questions', () => {
    const meetings = [
      meeting('late', 300, { knowNext: 5, listened: 4 }),
      meeting('none', 200),
      meeting('empty', 250, {}),
      meeting('early', 100, { listened: 1, decided: 2, understood: 3, knowNext: 4 }),
    ];
    expect(feedbackRows(meetings)).toEqual([
      { meetingId: 'early', date: 100, answers: [1, 2, 3, 4] },
      { meetingId: 'late', date: 300, answers: [4, undefined, undefined, 5] },
    ]);
    expect(hasFeedback({})).toBe(false);
    expect(hasFeedback(undefined)).toBe(false);
  });
});

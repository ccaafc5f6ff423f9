// Meetings: started for a person who exists, changed field by field, refused when invalid.
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  getMeeting,
  listMeetings,
  startMeeting,
  StorageError,
  updateMeeting,
} from '../../src/storage';

async function person() {
  return addPerson({ name: 'Sam', picture: { kind: 'symbol', symbolId: '1f600' } });
}

describe('meetingsRepo', () => {
  it('starts a meeting and lists it first', async () => {
    const sam = await person();
    const first = await startMeeting({ personId: sam.id, participantIds: [], planIds: ['p-1'] });
    const second = await startMeeting({ personId: sam.id, participantIds: ['s-1'], planIds: [] });
    const listed = await listMeetings(sam.id);
    expect(listed.map((m) => m.id)).toEqual(
      second.date >= first.date ? [second.id, first.id] : [first.id, second.id],
    );
    expect(await getMeeting(first.id)).toEqual(first);
  });

  it('refuses a meeting for nobody', async () => {
    const attempt = startMeeting({ personId: 'nobody', participantIds: [], planIds: [] });
    await expect(attempt).rejects.toMatchObject({ problem: 'not-found' });
  });

  it('keeps the other fields when one changes, and refuses a bad value', async () => {
    const sam = await person();
    const meeting = await startMeeting({ personId: sam.id, participantIds: [], planIds: ['p'] });
    await updateMeeting(meeting.id, { feedback: { listened: 5 }, nextDate: '2027-01-05' });
    const stored = await getMeeting(meeting.id);
    expect(stored).toMatchObject({
      planIds: ['p'],
      feedback: { listened: 5 },
      nextDate: '2027-01-05',
    });
    const bad = updateMeeting(meeting.id, { nextDate: 'soon' });
    await expect(bad).rejects.toBeInstanceOf(StorageError);
    expect((await getMeeting(meeting.id))?.nextDate).toBe('2027-01-05');
  });
});

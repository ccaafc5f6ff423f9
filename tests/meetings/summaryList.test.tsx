// The meetings on a person's home: newest first, the day in words in the person's language,
// a finished meeting opening its summary and one still going opening the meeting; none: nothing.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingList } from '../../src/meetings/MeetingList';
import { addPerson, startMeeting, updateMeeting } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedMeeting } from './summarySeed';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MeetingList', () => {
  it('shows nothing when the person has had no meeting', async () => {
    await seedMeeting(); // someone else's meeting
    const person = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    await renderWithProviders(<MeetingList personId={person.id} />);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists the meetings newest first, each to its summary or back into it', async () => {
    const ids = await seedMeeting();
    const now = vi.spyOn(Date, 'now').mockReturnValue(new Date(2031, 0, 7, 10).getTime());
    const later = await startMeeting({ personId: ids.personId, participantIds: [], planIds: [] });
    now.mockRestore();
    await updateMeeting(ids.meetingId, { endedAt: Date.now() });
    await renderWithProviders(<MeetingList personId={ids.personId} />, 'da');
    const list = await screen.findByRole('list', { name: 'Alle mine møder' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveTextContent('Møde den tirsdag den 7. januar 2031');
    expect(links[0]).toHaveTextContent('Ikke slut: gå tilbage');
    expect(links[0]).toHaveAttribute('href', `#/person/${ids.personId}/meeting/${later.id}`);
    expect(links[1]).toHaveTextContent('Slut: se hvad vi aftalte');
    expect(links[1]).toHaveAttribute(
      'href',
      `#/person/${ids.personId}/meeting/${ids.meetingId}/summary`,
    );
  });
});

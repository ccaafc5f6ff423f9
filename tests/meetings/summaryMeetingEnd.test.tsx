// The end of a meeting: each face answer saved at once (quick taps never lose one), questions
// may be skipped, the next date, Back, and Finish setting the end time and opening the summary.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingEnd } from '../../src/meetings/MeetingEnd';
import { getMeeting } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedMeeting } from './summarySeed';

async function open(onBack = vi.fn()) {
  const ids = await seedMeeting();
  await renderWithProviders(
    <MeetingEnd personId={ids.personId} meetingId={ids.meetingId} onBack={onBack} />,
  );
  await screen.findByRole('heading', { level: 1, name: 'How was the meeting?' });
  return ids;
}

async function stored(meetingId: string) {
  const meeting = await getMeeting(meetingId);
  if (!meeting) throw new Error('meeting is gone');
  return meeting;
}

const question = (name: string) => screen.getByRole('group', { name });

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

// Generous: the machine may be busy with browser tests beside these.
describe('MeetingEnd', { timeout: 15_000 }, () => {
  it('asks four sentences, each with five named faces and a way to hear it', async () => {
    await open();
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'I was listened to',
      'I decided things',
      'I understood what was said',
      'I know what happens next',
    ]);
    for (const group of groups) {
      const faces = [...group.querySelectorAll('label')].map((label) => label.textContent);
      expect(faces).toEqual(['No', 'Not really', 'A bit', 'Mostly', 'Yes, very much']);
      expect(within(group).getAllByRole('radio')).toHaveLength(5);
      expect(within(group).getByRole('button', { name: 'Read aloud' })).toBeVisible();
    }
  });

  it('saves each answer at once, even when answers follow each other quickly', async () => {
    const user = userEvent.setup();
    const { meetingId } = await open();
    await user.click(within(question('I was listened to')).getByRole('radio', { name: 'Mostly' }));
    await waitFor(async () => expect((await stored(meetingId)).feedback).toEqual({ listened: 4 }));
    // Two taps without waiting: both kept.
    fireEvent.click(within(question('I decided things')).getByRole('radio', { name: 'A bit' }));
    fireEvent.click(
      within(question('I know what happens next')).getByRole('radio', { name: 'No' }),
    );
    await waitFor(async () =>
      expect((await stored(meetingId)).feedback).toEqual({ listened: 4, decided: 3, knowNext: 1 }),
    );
    // A change of mind replaces the answer.
    await user.click(
      within(question('I was listened to')).getByRole('radio', { name: 'Yes, very much' }),
    );
    await waitFor(async () => expect((await stored(meetingId)).feedback?.listened).toBe(5));
    expect(
      within(question('I was listened to')).getByRole('radio', { name: 'Yes, very much' }),
    ).toBeChecked();
    expect(
      await screen.findByText('Saved: I was listened to: Yes, very much.'),
    ).toBeInTheDocument();
    expect((await stored(meetingId)).endedAt).toBeUndefined();
  });

  it('finishes with skipped questions and a next date, then shows the summary', async () => {
    const user = userEvent.setup();
    const { personId, meetingId } = await open();
    await user.click(
      within(question('I understood what was said')).getByRole('radio', { name: 'Mostly' }),
    );
    fireEvent.change(screen.getByLabelText(/Next meeting/), { target: { value: '2030-06-02' } });
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/person/${personId}/meeting/${meetingId}/summary`),
    );
    const meeting = await stored(meetingId);
    expect(meeting.endedAt).toBeGreaterThanOrEqual(before);
    expect(meeting.feedback).toEqual({ understood: 4 });
    expect(meeting.nextDate).toBe('2030-06-02');
  });

  it('keeps the next date empty when it is cleared, and Back returns to the meeting', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    const { meetingId } = await open(onBack);
    const date = screen.getByLabelText(/Next meeting/);
    fireEvent.change(date, { target: { value: '2030-06-02' } });
    fireEvent.blur(date);
    await waitFor(async () => expect((await stored(meetingId)).nextDate).toBe('2030-06-02'));
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    await waitFor(async () => expect((await stored(meetingId)).nextDate).toBeUndefined());
    await user.click(screen.getByRole('button', { name: 'Back to the meeting' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect((await stored(meetingId)).endedAt).toBeUndefined();
  });
});

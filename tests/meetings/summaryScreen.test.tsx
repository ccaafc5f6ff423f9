// The summary of a meeting: exactly its ratings and actions, the feedback faces, the next date,
// a way back into a meeting not yet ended, and printing without any private card's words.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingSummaryScreen } from '../../src/meetings/MeetingSummaryScreen';
import { getCard, listShares, updateMeeting } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedMeeting } from './summarySeed';

async function open(ended = true) {
  const ids = await seedMeeting();
  if (ended) {
    await updateMeeting(ids.meetingId, {
      endedAt: Date.now(),
      feedback: { listened: 5, understood: 2 },
      nextDate: '2030-04-01',
    });
  }
  await renderWithProviders(
    <MeetingSummaryScreen personId={ids.personId} meetingId={ids.meetingId} />,
  );
  await screen.findByRole('heading', { level: 1, name: /^Meeting on / });
  return ids;
}

const part = (name: string) => screen.getByRole('region', { name });
const rows = (name: string) =>
  within(part(name))
    .getAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-card-id'));

afterEach(() => {
  vi.restoreAllMocks();
});

// Generous: the machine may be busy with browser tests beside these.
describe('MeetingSummaryScreen', { timeout: 15_000 }, () => {
  it('lists exactly the ratings given in this meeting, with now and the wish', async () => {
    await open();
    const ratings = rows('How it is going');
    expect(ratings.map((row) => row.querySelector('.summary-card__words')?.textContent)).toEqual([
      'Swim',
      'My secret goal',
    ]);
    const swim = ratings[0] as HTMLElement;
    expect(within(swim).getByText('Bad')).toBeInTheDocument();
    expect(within(swim).getByText('Good')).toBeInTheDocument();
    expect(within(swim).getByRole('img', { name: 'Step 4 of 5' })).toBeInTheDocument();
    expect(within(part('How it is going')).queryByText('Cook')).toBeNull();
  });

  it('lists exactly the actions agreed, with who helps and by when', async () => {
    await open();
    const actions = rows('What we agreed');
    expect(actions).toHaveLength(2);
    const gym = actions[0] as HTMLElement;
    expect(within(gym).getByText('Visit the gym')).toBeInTheDocument();
    expect(within(gym).getByText('Lena')).toBeInTheDocument();
    expect(within(gym).getByText(/March.*2030/)).toBeInTheDocument();
    expect(within(actions[1] as HTMLElement).getByText('Nobody yet')).toBeInTheDocument();
  });

  it('shows the people, the plans, the feedback faces and the next date', async () => {
    await open();
    expect(within(part('Who was there')).getByText('Ana')).toBeInTheDocument();
    expect(within(part('Who was there')).getByText('Lena')).toBeInTheDocument();
    expect(within(part('Plans we looked at')).getByText('My goals')).toBeInTheDocument();
    const feedback = part('What I said about the meeting');
    const answers = within(feedback).getAllByRole('listitem');
    expect(answers.map((item) => item.textContent)).toEqual([
      'I was listened toYes, very much',
      'I decided thingsNo answer',
      'I understood what was saidNot really',
      'I know what happens nextNo answer',
    ]);
    expect(within(part('Next meeting')).getByText(/April.*2030/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go back to the meeting' })).toBeNull();
  });

  it('prints without the words of private cards, and logs the print as a share', async () => {
    const user = userEvent.setup();
    const ids = await open();
    expect(screen.getByText('My secret goal')).toBeInTheDocument();
    let printed = '';
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      printed = document.body.textContent ?? '';
    });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(printed).toContain('Visit the gym');
    expect(printed).toContain('Swim');
    expect(printed).not.toContain('My secret goal');
    expect(printed).not.toContain('Hidden plan');
    expect(printed.match(/A private card/g)).toHaveLength(2);
    // Back on screen after printing: the person sees their own words again.
    expect(await screen.findByText('My secret goal')).toBeInTheDocument();
    const [share, ...more] = await listShares(ids.personId);
    expect(more).toEqual([]);
    expect(share).toMatchObject({
      kind: 'print',
      meetingIds: [ids.meetingId],
      planIds: [ids.planId],
      withIds: [ids.lenaId],
    });
    const words = await Promise.all(
      (share?.cardIds ?? []).map(async (id) => (await getCard(id))?.words),
    );
    expect(words.sort()).toEqual(['Swim', 'Visit the gym']);
  });

  it('offers a way back into a meeting that has not ended', async () => {
    const ids = await open(false);
    expect(screen.getByText('This meeting is not finished yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to the meeting' })).toHaveAttribute(
      'href',
      `#/person/${ids.personId}/meeting/${ids.meetingId}`,
    );
  });

  it('says so when the meeting is not on this tablet', async () => {
    const ids = await seedMeeting();
    await renderWithProviders(<MeetingSummaryScreen personId={ids.personId} meetingId="nope" />);
    expect(await screen.findByText('This meeting is not on this tablet.')).toBeInTheDocument();
  });
});

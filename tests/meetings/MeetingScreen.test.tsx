// The meeting screen: one card at a time (buttons and keys), the ladder rating that replaces
// itself within a meeting, the consent gate before a helper's note, and an agreed action that
// becomes a card on the plan and one of the meeting's actions.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingScreen } from '../../src/meetings';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedMeeting, storedCard, storedMeeting } from './meetingSeed';

vi.setConfig({ testTimeout: 20_000 });

type Seeded = Awaited<ReturnType<typeof seedMeeting>>;

async function open(seeded: Seeded) {
  await renderWithProviders(
    <MeetingScreen personId={seeded.person.id} meetingId={seeded.meeting.id} />,
  );
  await screen.findByRole('heading', { level: 1, name: "Ana's meeting" });
}

async function oneCardAtATime() {
  await userEvent.click(screen.getByRole('button', { name: 'One card at a time' }));
  return screen.findByRole('heading', { level: 2, name: 'Swim' });
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('MeetingScreen: one card at a time', () => {
  it('goes through the cards with Next and Back, and with the arrow keys', async () => {
    const user = userEvent.setup();
    await open(await seedMeeting());
    await oneCardAtATime();
    expect(screen.getByText('Card 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cook' })).toBeInTheDocument();
    expect(screen.getByText('Card 2 of 3')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Read' })).toBeInTheDocument();
    expect(screen.getByText('In: Next')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(screen.getByText('Card 3 of 3')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Cook' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Swim' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows a card tapped on the whole board', async () => {
    const user = userEvent.setup();
    await open(await seedMeeting());
    const next = await screen.findByRole('list', { name: 'Next' });
    await user.click(within(next).getByRole('button', { name: 'Read' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Read' });
    expect(screen.getByText('Card 3 of 3')).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('MeetingScreen: the ladder', () => {
  it('stores now and the wish with the meeting; a change of mind replaces it', async () => {
    const user = userEvent.setup();
    const seeded = await seedMeeting({ ratings: [{ value: 1, at: 500 }] });
    await open(seeded);
    await oneCardAtATime();
    const now = screen.getByRole('group', { name: 'How is it now?' });
    const wish = screen.getByRole('group', { name: 'Where do I want it to be?' });
    expect(within(wish).getByRole('radio', { name: '4 Good' })).toBeDisabled();
    await user.click(within(now).getByRole('radio', { name: '2 Bad' }));
    await waitFor(() => expect(within(wish).getByRole('radio', { name: '4 Good' })).toBeEnabled());
    await user.click(within(wish).getByRole('radio', { name: '4 Good' }));
    await waitFor(async () =>
      expect((await storedCard(seeded.swim.id)).ratings?.[1]).toMatchObject({
        value: 2,
        wish: 4,
        meetingId: seeded.meeting.id,
      }),
    );
    await user.click(within(now).getByRole('radio', { name: '3 OK' }));
    await waitFor(async () => {
      const ratings = (await storedCard(seeded.swim.id)).ratings ?? [];
      expect(ratings.map((r) => [r.value, r.wish, r.meetingId])).toEqual([
        [1, undefined, undefined],
        [3, 4, seeded.meeting.id],
      ]);
    });
    expect(within(now).getByRole('radio', { name: '3 OK' })).toBeChecked();
    expect(within(wish).getByRole('radio', { name: '4 Good' })).toBeChecked();
  });
  it('a quick change of mind shows the last choice at once and never jumps back', async () => {
    const user = userEvent.setup();
    const seeded = await seedMeeting();
    await open(seeded);
    await oneCardAtATime();
    const now = screen.getByRole('group', { name: 'How is it now?' });
    const ok = within(now).getByRole<HTMLInputElement>('radio', { name: '3 OK' });
    const bad = within(now).getByRole<HTMLInputElement>('radio', { name: '2 Bad' });
    void user.click(ok);
    await user.click(bad);
    expect(bad).toBeChecked();
    // What the ladder shows while both answers are saved, and a little after.
    const checks: string[] = [];
    await waitFor(async () => {
      checks.push(ok.checked ? '3' : bad.checked ? '2' : '-');
      expect((await storedCard(seeded.swim.id)).ratings?.at(-1)?.value).toBe(2);
    });
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      checks.push(ok.checked ? '3' : bad.checked ? '2' : '-');
    }
    expect(checks.every((shown) => shown === '2')).toBe(true);
    expect(bad).toBeChecked();
  });
});

describe('MeetingScreen: a helper’s note', () => {
  it('shows no field before the person says yes; no writes nothing; yes saves the note', async () => {
    const user = userEvent.setup();
    const seeded = await seedMeeting();
    await open(seeded);
    await oneCardAtATime();
    await user.click(screen.getByRole('button', { name: 'A helper wants to write a note' }));
    expect(await screen.findByText('May Lars write a note on this card?')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getAllByText('OK. No note is written.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect((await storedCard(seeded.swim.id)).notes).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'A helper wants to write a note' }));
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    const field = screen.getByRole('textbox', { name: 'Note from Lars' });
    expect(field).toHaveFocus();
    await user.type(field, 'Ana wants to swim on Tuesdays.');
    await user.click(screen.getByRole('button', { name: 'Save the note' }));
    const list = await screen.findByRole('list', { name: 'Notes on this card' });
    expect(within(list).getByText('Ana wants to swim on Tuesdays.')).toBeInTheDocument();
    expect(within(list).getByText('Lars wrote:')).toBeInTheDocument();
    const [note] = (await storedCard(seeded.swim.id)).notes ?? [];
    expect(note).toMatchObject({
      words: 'Ana wants to swim on Tuesdays.',
      supporterId: seeded.lars.id,
    });
    expect(note?.agreedAt).toBeGreaterThanOrEqual(before);
    expect(note?.agreedAt).toBeLessThanOrEqual(note?.at ?? 0);
  });

  it('offers no note when no helper takes part', async () => {
    await open(await seedMeeting({ participants: false }));
    await oneCardAtATime();
    expect(screen.getByText('No notes yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'A helper wants to write a note' })).toBeNull();
  });
});

describe('MeetingScreen: agree an action', () => {
  it('puts a card with who helps and by when on the plan, and in the meeting', async () => {
    const user = userEvent.setup();
    const seeded = await seedMeeting();
    await open(seeded);
    await user.click(screen.getByRole('button', { name: 'Agree an action' }));
    const search = await screen.findByRole(
      'searchbox',
      { name: 'Find a picture' },
      { timeout: 10_000 },
    );
    await user.type(search, 'doctor');
    const pictures = await screen.findByRole('list', { name: 'Pictures' }, { timeout: 10_000 });
    const first = within(pictures).getAllByRole('button')[0];
    if (!first) throw new Error('no pictures');
    await user.click(first);
    await user.type(screen.getByRole('textbox', { name: 'What will happen?' }), 'See the doctor');
    const helpers = screen.getByRole('list', { name: 'People who help' });
    await user.click(within(helpers).getByRole('button', { name: /Lars/ }));
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-03-01' } });
    expect(screen.getByRole('radio', { name: 'Now' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Put it on the plan' }));

    const now = await screen.findByRole('list', { name: 'Now' });
    const tile = await within(now).findByRole('button', { name: /^See the doctor/ });
    expect(tile).toHaveTextContent('Agreed today');
    await waitFor(() => expect(tile).toHaveFocus());
    const [actionId] = (await storedMeeting(seeded.meeting.id)).actionCardIds ?? [];
    const card = await storedCard(actionId ?? '');
    expect(card).toMatchObject({
      words: 'See the doctor',
      planId: seeded.plan.id,
      laneId: seeded.plan.lanes[0]?.id,
      helperIds: [seeded.lars.id],
      when: '2030-03-01',
    });
  });
});

// The share screen: private cards cannot be ticked and never leave; the preview shows exactly the
// ticked cards; the person's "yes" holds only for what they saw; print, file and send are recorded.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareScreen } from '../../src/sharing';
import { readMyPlanFile } from '../../src/sharing/files';
import { listShares } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { catchDownloads, seedShare } from './shareSeed';

const poster = () => screen.getByRole('article', { name: 'Poster: My goals' });

// A busy CI machine renders the whole screen and locks a file (PBKDF2) slowly.
describe('ShareScreen', { timeout: 30_000 }, () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    downloads = catchDownloads();
  });
  afterEach(() => {
    downloads.remove();
    vi.unstubAllGlobals();
  });

  it('ticks every card but the private one, which says why and cannot be ticked', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    await renderWithProviders(<ShareScreen personId={seed.personId} planId={seed.planId} />);
    // Its name says it is private (the lock picture's words).
    const secret = await screen.findByRole('checkbox', { name: 'My secret Private' });
    expect(secret).not.toBeChecked();
    expect(secret).toBeDisabled();
    expect(secret).toHaveAccessibleDescription(/This card is private\. It stays on your tablet\./);
    expect(screen.getByRole('link', { name: 'Open the card: My secret' })).toHaveAttribute(
      'href',
      `#/person/${seed.personId}/card/${seed.secret.id}`,
    );
    expect(screen.getByRole('checkbox', { name: 'Cook' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Swim' })).toBeChecked();
    expect(poster()).toHaveTextContent(/Cook.*Swim/);
    expect(poster()).not.toHaveTextContent('My secret');

    await user.click(secret);
    expect(secret).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Cook' }));
    expect(poster()).not.toHaveTextContent('Cook');
    expect(screen.getByText(/^1 card\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Swim' }));
    expect(screen.getByText('No card has a tick. Tick the cards you want to share.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Yes, share this' })).not.toBeInTheDocument();
  });

  it('prints only after the yes, records it, and a changed tick asks for a new yes', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const seed = await seedShare();
    await renderWithProviders(<ShareScreen personId={seed.personId} planId={seed.planId} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Cook' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lars' }));
    expect(screen.queryByRole('button', { name: 'Print the poster' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, share this' }));
    await user.click(screen.getByRole('button', { name: 'Print the poster' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const [share] = await listShares(seed.personId);
    expect(share).toMatchObject({
      kind: 'print',
      planIds: [seed.planId],
      cardIds: [seed.swim.id],
      withIds: [seed.lars.id],
    });
    expect(share?.agreedAt).toBeLessThanOrEqual(share?.at ?? 0);

    await user.click(screen.getByRole('checkbox', { name: 'Cook' }));
    expect(screen.queryByRole('button', { name: 'Print the poster' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, share this' })).toBeVisible();
  });

  it('saves a locked file without the private card, and records it', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    await renderWithProviders(<ShareScreen personId={seed.personId} planId={seed.planId} />);
    await user.click(await screen.findByRole('button', { name: 'Yes, share this' }));
    const password = screen.getByLabelText('Password to lock the file (you can leave it empty)');
    expect(password).toHaveAttribute('type', 'password');
    await user.type(password, 'sun and moon');
    await user.click(screen.getByRole('button', { name: 'Show the password' }));
    expect(password).toHaveAttribute('type', 'text');
    expect(screen.getByText(/If you lose the password, nobody can open the file\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save a file' }));
    await screen.findAllByText(/is saved and locked\./, undefined, { timeout: 15_000 });
    expect(downloads.files).toHaveLength(1);
    const [file] = downloads.files;
    expect(file?.name).toMatch(/^My goals \d{4}-\d{2}-\d{2}\.myplan$/);
    await expect(readMyPlanFile(file?.blob ?? new Blob())).rejects.toMatchObject({
      problem: 'needs-password',
    });
    const bundle = await readMyPlanFile(file?.blob ?? new Blob(), 'sun and moon');
    expect(bundle.cards.map((card) => card.words).sort()).toEqual(['Cook', 'Swim']);
    const [share] = await listShares(seed.personId);
    expect(share).toMatchObject({ kind: 'file', isLocked: true, withIds: [] });
    expect(share?.cardIds.sort()).toEqual([seed.cook.id, seed.swim.id].sort());
  });

  it('sends with the share sheet where there is one; closing it records nothing', async () => {
    const user = userEvent.setup();
    const sent: File[] = [];
    let answer: 'ok' | 'cancel' = 'cancel';
    vi.stubGlobal('navigator', {
      ...navigator,
      canShare: (data: { files?: File[] }) => (data.files?.length ?? 0) > 0,
      share: (data: { files: File[] }) => {
        if (answer === 'cancel') return Promise.reject(new DOMException('no', 'AbortError'));
        sent.push(...data.files);
        return Promise.resolve();
      },
    });
    const seed = await seedShare();
    await renderWithProviders(<ShareScreen personId={seed.personId} planId={seed.planId} />);
    await user.click(await screen.findByRole('button', { name: 'Yes, share this' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findAllByText('You did not send the file.');
    expect(await listShares(seed.personId)).toEqual([]);
    answer = 'ok';
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findAllByText(/The file is sent\./);
    const bundle = await readMyPlanFile(sent[0] ?? new Blob());
    expect(bundle.cards.some((card) => card.isPrivate || card.words === 'My secret')).toBe(false);
    expect((await listShares(seed.personId)).map((s) => s.kind)).toEqual(['send']);
    expect(within(poster()).queryByText('My secret')).not.toBeInTheDocument();
  });
});

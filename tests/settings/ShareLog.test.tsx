// Settings lists every share, newest first: how, whose, with whom, how many cards (with their
// pictures, never for a copy of everything), locked or not, and when the person said yes.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SettingsScreen } from '../../src/settings';
import { recordShare } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedShare } from '../sharing/shareSeed';

describe('the list of shares in Settings', { timeout: 30_000 }, () => {
  it('shows each share newest first, in pictures and words, and a way to restore', async () => {
    const seed = await seedShare();
    const now = vi.spyOn(Date, 'now');
    const base = { personId: seed.personId, planIds: [seed.planId], agreedAt: 1_000 };
    now.mockReturnValue(2_000);
    await recordShare({ ...base, kind: 'print', cardIds: [seed.cook.id], withIds: [seed.lars.id] });
    now.mockReturnValue(3_000);
    const everything = [seed.cook.id, seed.secret.id, seed.swim.id];
    await recordShare({
      ...base,
      kind: 'backup',
      cardIds: everything,
      withIds: [],
      isLocked: true,
    });
    now.mockRestore();

    await renderWithProviders(<SettingsScreen />);
    const list = await screen.findByRole('list', { name: 'What was shared' });
    const [backup, print] = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('share-log__item'));
    expect(backup).toHaveTextContent('Copy of everything');
    expect(backup).toHaveTextContent('3 cards');
    expect(backup).toHaveTextContent('Locked with a password');
    expect(backup).toHaveTextContent('Nobody was chosen');
    expect(within(backup as HTMLElement).queryByRole('img', { name: 'My secret' })).toBeNull();
    expect(print).toHaveTextContent('Printed');
    expect(print).toHaveTextContent('From Ana');
    expect(print).toHaveTextContent('With Lars');
    expect(print).toHaveTextContent('1 card');
    expect(print).toHaveTextContent(/Said yes: /);
    expect(within(print as HTMLElement).getByRole('img', { name: 'Cook' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open a copy of everything' })).toHaveAttribute(
      'href',
      '#/restore',
    );
  });
});

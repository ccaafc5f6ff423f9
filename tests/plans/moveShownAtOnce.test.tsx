// A move shows at once, before it is stored (a cheap tablet takes a few hundred milliseconds to
// store it and read the plan back); if storing fails, the card goes back and the board says why.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BoardScreen } from '../../src/plans';
import * as storage from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedBoard, storedLanes } from './boardSeed';

// moveCard waits for `release` when a test holds it, so the screen can be seen before the write.
let hold: Promise<void> | undefined;
vi.mock('../../src/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage')>();
  return {
    ...real,
    moveCard: vi.fn(async (...args: Parameters<typeof real.moveCard>) => {
      await hold;
      return real.moveCard(...args);
    }),
  };
});

function holdWrites() {
  let release = () => {};
  hold = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    hold = undefined;
    release();
  };
}

describe('a move on the board', () => {
  it('shows in its new place before it is stored, and stays there once it is', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook']]);
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await user.click(await screen.findByRole('button', { name: 'Swim' }));
    const release = holdWrites();
    await user.click(screen.getByRole('button', { name: 'Put it in Later' }));
    // Not stored yet, already shown.
    expect(await storedLanes(plan.id, ids)).toEqual([['Swim', 'Cook'], [], [], []]);
    expect(
      within(screen.getByRole('list', { name: 'Later' })).getByRole('button', { name: 'Swim' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Now' })).queryByRole('button', { name: 'Swim' }),
    ).toBeNull();
    release();
    await waitFor(async () =>
      expect(await storedLanes(plan.id, ids)).toEqual([['Cook'], [], ['Swim'], []]),
    );
    expect(
      within(screen.getByRole('list', { name: 'Later' })).getByRole('button', { name: 'Swim' }),
    ).toBeInTheDocument();
  });

  it('goes back when storing fails, and says what to do', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook']]);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await user.click(await screen.findByRole('button', { name: 'Swim' }));
    const release = holdWrites();
    vi.mocked(storage.moveCard).mockImplementationOnce(async () => {
      await hold;
      throw new storage.StorageError('full');
    });
    await user.click(screen.getByRole('button', { name: 'Put it in Later' }));
    expect(
      within(screen.getByRole('list', { name: 'Later' })).getByRole('button', { name: 'Swim' }),
    ).toBeInTheDocument();
    release();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Now' })).getByRole('button', { name: 'Swim' }),
      ).toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('list', { name: 'Later' })).queryByRole('button', { name: 'Swim' }),
    ).toBeNull();
    expect(screen.getAllByText(/The tablet is full\./).length).toBeGreaterThan(0);
  });
});

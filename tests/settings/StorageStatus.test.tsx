// Settings always says what it knows about the tablet's storage: kept safe or not, space used and
// free (words and a bar), and when the last copy of everything was saved; and plainly when the
// browser tells nothing.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageStatus } from '../../src/settings/StorageStatus';
import { addPerson } from '../../src/storage';
import { db } from '../../src/storage/database';
import { renderWithProviders } from '../support/renderWithProviders';
import { fakeStorage, removeFakeStorage } from './storageFake';

const DAY = 24 * 60 * 60 * 1000;

async function copySaved(daysAgo: number) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const at = Date.now() - daysAgo * DAY;
  await db().shares.add({
    id: `share-${daysAgo}`,
    personId: person.id,
    at,
    kind: 'backup',
    planIds: [],
    cardIds: [],
    withIds: [],
    agreedAt: at,
  });
}

describe('StorageStatus', () => {
  afterEach(removeFakeStorage);

  it('says the plans are not kept safe, the space used and free, and no copy yet', async () => {
    const user = userEvent.setup();
    const { persist } = fakeStorage({
      persisted: false,
      persist: true,
      usage: 3_200_000,
      quota: 2_000_000_000,
    });
    await renderWithProviders(<StorageStatus />);
    expect(
      await screen.findByText('The tablet may remove your plans when it needs space.'),
    ).toBeVisible();
    expect(screen.getByText('Space used: 3.2 MB')).toBeVisible();
    expect(screen.getByText('Space free: 2 GB')).toBeVisible();
    const bar = screen.getByRole('meter', { name: 'Space used on this tablet' });
    expect(bar).toHaveAttribute('value', '3200000');
    expect(bar).toHaveAttribute('max', '2000000000');
    expect(await screen.findByText('No copy of everything was saved yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep my plans safe' }));
    expect(persist).toHaveBeenCalled();
    expect(await screen.findByText('Your plans are kept safe on this tablet.')).toBeVisible();
  });

  it('says when the last copy of everything was saved', async () => {
    fakeStorage({ persisted: true, usage: 500, quota: 1000 });
    await copySaved(3);
    await renderWithProviders(<StorageStatus />);
    expect(await screen.findByText('Last copy of everything: 3 days ago')).toBeVisible();
    expect(screen.getByText('Your plans are kept safe on this tablet.')).toBeVisible();
  });

  it('says plainly when the browser tells nothing', async () => {
    fakeStorage(null);
    await renderWithProviders(<StorageStatus />);
    expect(
      await screen.findByText('This tablet does not say if your plans are kept safe.'),
    ).toBeVisible();
    expect(screen.getByText('This tablet does not say how much space is used.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Keep my plans safe' })).not.toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(await screen.findByText('No copy of everything was saved yet.')).toBeVisible();
  });
});

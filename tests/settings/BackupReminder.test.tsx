// The reminder on a person's home to save a copy: shown while the tablet may clear the plans and
// the last copy is over 7 days old (or there is none and there is a plan); "Not now" hides it.
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { BackupReminder } from '../../src/settings';
import { useBackupReminder } from '../../src/settings/useBackupReminder';
import { addPerson, createPlan, getDeviceSettings } from '../../src/storage';
import { db } from '../../src/storage/database';
import { renderWithProviders } from '../support/renderWithProviders';
import { fakeStorage, removeFakeStorage } from './storageFake';

const DAY = 24 * 60 * 60 * 1000;

async function seedPerson(options: { hasPlan: boolean; copyDaysAgo?: number }) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES[0];
  if (options.hasPlan && template) await createPlan(person.id, template);
  if (options.copyDaysAgo !== undefined) {
    const at = Date.now() - options.copyDaysAgo * DAY;
    await db().shares.add({
      id: 'copy',
      personId: person.id,
      at,
      kind: 'backup',
      planIds: [],
      cardIds: [],
      withIds: [],
      agreedAt: at,
    });
  }
  return person.id;
}

describe('BackupReminder', { timeout: 20_000 }, () => {
  afterEach(removeFakeStorage);

  it('reminds in pictures with no copy yet, and "Not now" hides it for a day', async () => {
    const user = userEvent.setup();
    fakeStorage({ persisted: false });
    const personId = await seedPerson({ hasPlan: true });
    const view = await renderWithProviders(<BackupReminder personId={personId} />);
    const reminder = await screen.findByRole('region', { name: 'Save a copy of your plans' });
    expect(within(reminder).getByText('No copy yet')).toBeVisible();
    expect(within(reminder).getByRole('link', { name: 'Save a copy' })).toHaveAttribute(
      'href',
      `#/person/${personId}/backup`,
    );
    expect(within(reminder).getByRole('button', { name: 'Read aloud' })).toBeVisible();
    expect(reminder.querySelector('img[src*="1f4be"]')).not.toBeNull();
    await user.click(within(reminder).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await getDeviceSettings()).backupNotNowAt?.[personId]).toBeGreaterThan(0),
    );
    view.unmount();
    const again = renderHook(() => useBackupReminder(personId));
    await waitFor(() => expect(again.result.current.isRead).toBe(true));
    expect(again.result.current.isShown).toBe(false);
  });

  it('reminds when the last copy is over 7 days old', async () => {
    fakeStorage({ persisted: false });
    const personId = await seedPerson({ hasPlan: true, copyDaysAgo: 9 });
    await renderWithProviders(<BackupReminder personId={personId} />);
    const reminder = await screen.findByRole('region', { name: 'Save a copy of your plans' });
    expect(within(reminder).getByText('Last copy: 9 days ago')).toBeVisible();
  });

  it.each([
    ['the plans are kept safe', { persisted: true }, { hasPlan: true }],
    ['the last copy is 2 days old', { persisted: false }, { hasPlan: true, copyDaysAgo: 2 }],
    ['there is no plan yet', { persisted: false }, { hasPlan: false }],
  ])('does not remind when %s', async (_why, storage, seed) => {
    fakeStorage(storage);
    const personId = await seedPerson(seed);
    const { result } = renderHook(() => useBackupReminder(personId));
    await waitFor(() => expect(result.current.isRead).toBe(true));
    expect(result.current.isShown).toBe(false);
  });
});

// A copy of everything: the backup holds private cards too and is recorded; restoring it shows
// whose it is first, warns plainly that a person already here is replaced, then goes home.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startI18n } from '../../src/app/i18n';
import { BackupScreen, RestoreScreen } from '../../src/sharing';
import {
  FileError,
  readMyPlanFile,
  writeMyPlanFile,
  type FileProblem,
} from '../../src/sharing/files';
import { openProblemText } from '../../src/sharing/problemText';
import { collectPlanBundle, listShares, StorageError } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { tableHashes } from '../support/tableHashes';
import { catchDownloads, seedShare } from './shareSeed';

describe('BackupScreen and RestoreScreen', { timeout: 30_000 }, () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    downloads = catchDownloads();
    window.location.hash = '';
  });
  afterEach(() => downloads.remove());

  it('saves everything, private cards too, records it, and puts it back over the person', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    const view = await renderWithProviders(<BackupScreen personId={seed.personId} />);
    expect(await screen.findByText('Private cards are in the copy too.')).toBeVisible();
    expect(await screen.findByText('3 cards')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the copy' }));
    await screen.findAllByText(/is saved\./);
    const [saved] = downloads.files;
    expect(saved?.name).toMatch(/^Ana copy \d{4}-\d{2}-\d{2}\.myplan$/);
    const bundle = await readMyPlanFile(saved?.blob ?? new Blob());
    expect(bundle.kind).toBe('backup');
    expect(bundle.cards.map((card) => card.words).sort()).toEqual(['Cook', 'My secret', 'Swim']);
    const [share] = await listShares(seed.personId);
    expect(share).toMatchObject({ kind: 'backup', planIds: [seed.planId], withIds: [] });
    expect(share?.cardIds).toHaveLength(3);
    view.unmount();

    await renderWithProviders(<RestoreScreen />);
    await user.upload(screen.getByLabelText('Choose a file'), saved?.blob as File);
    expect(await screen.findByText('From Ana')).toBeVisible();
    expect(screen.getByText('1 plan')).toBeVisible();
    expect(await screen.findByText(/Ana is on this tablet already\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Replace with the copy' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/person/${seed.personId}`));
  });

  it('does not restore a file of plans, nor a file that is not ours, and changes nothing', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    const cardIds = [seed.cook.id];
    const plans = await collectPlanBundle(seed.personId, { planIds: [seed.planId], cardIds });
    const before = await tableHashes();
    await renderWithProviders(<RestoreScreen />);
    await user.upload(screen.getByLabelText('Choose a file'), new File(['no'], 'a.myplan'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was changed\./);
    const file = new File([await writeMyPlanFile(plans)], 'plans.myplan');
    await user.upload(screen.getByLabelText(/^Choose (a|another) file$/), file);
    expect(
      await screen.findByText(/This file has plans, not a copy of everything\./),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Replace|Put/ })).not.toBeInTheDocument();
    expect(await tableHashes()).toEqual(before);
  });

  it('has a plain sentence for every problem of a file and of storage', async () => {
    const i18n = await startI18n('en');
    const t = i18n.t.bind(i18n);
    const problems: FileProblem[] = [
      'too-big',
      'broken',
      'foreign',
      'newer',
      'needs-password',
      'wrong-password',
    ];
    const texts = problems.map((problem) => openProblemText(new FileError(problem), t));
    expect(new Set(texts).size).toBe(problems.length);
    for (const text of texts) expect(text).toMatch(/^[A-Z].*\.$/);
    expect(openProblemText(new StorageError('full'), t)).toMatch(/The tablet is full\./);
  });
});

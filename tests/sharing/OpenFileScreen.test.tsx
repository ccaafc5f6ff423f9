// Opening a file: a locked file asks its password; a wrong one, or a file that is broken or not
// ours, each get a plain message and change nothing; the preview comes before anything is stored.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenFileScreen } from '../../src/sharing';
import { MYPLAN_MIME, writeMyPlanFile } from '../../src/sharing/files';
import { addPerson, collectPlanBundle, listCards, listPlans } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { tableHashes } from '../support/tableHashes';
import { catchDownloads, seedShare } from './shareSeed';

type Seed = Awaited<ReturnType<typeof seedShare>>;

async function planFile(seed: Seed, password?: string): Promise<File> {
  const cardIds = [seed.cook.id, seed.secret.id, seed.swim.id];
  const bundle = await collectPlanBundle(seed.personId, { planIds: [seed.planId], cardIds });
  return new File([await writeMyPlanFile(bundle, password)], 'My goals.myplan', {
    type: MYPLAN_MIME,
  });
}

const chooser = () => screen.getByLabelText(/^Choose (a|another) file$/);
const problem = () => screen.findByRole('alert');

describe('OpenFileScreen', { timeout: 30_000 }, () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    downloads = catchDownloads();
    window.location.hash = '';
  });
  afterEach(() => downloads.remove());

  it('asks the password, refuses a wrong one, shows the cards, then adds a new plan', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    const file = await planFile(seed, 'blue door');
    const noor = await addPerson({ name: 'Noor', picture: { kind: 'symbol', symbolId: '1f600' } });
    await renderWithProviders(<OpenFileScreen personId={noor.id} />);
    const before = await tableHashes();

    await user.upload(chooser(), file);
    const password = await screen.findByLabelText('Password');
    await user.type(password, 'red door');
    await user.click(screen.getByRole('button', { name: 'Open the file' }));
    expect(await problem()).toHaveTextContent(
      'This password is not right. Please try again. Nothing was changed.',
    );
    expect(await tableHashes()).toEqual(before);

    await user.clear(password);
    await user.type(password, 'blue door{Enter}');
    expect(await screen.findByText('From Ana')).toBeVisible();
    const poster = screen.getByRole('article', { name: 'Poster: My goals' });
    expect(poster).toHaveTextContent(/Cook.*Swim/);
    expect(poster).not.toHaveTextContent('My secret');
    expect(screen.getByText('2 cards')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Update my plan' })).not.toBeInTheDocument();
    expect(await tableHashes()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Add as a new plan' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/person\/[^/]+\/plan\/[^/]+$/));
    const [plan] = await listPlans(noor.id);
    expect(window.location.hash).toBe(`#/person/${noor.id}/plan/${plan?.id}`);
    const words = (await listCards(plan?.id ?? '')).map((card) => card.words).sort();
    expect(words).toEqual(['Cook', 'Swim']);
  });

  it('offers "Update my plan" for a plan the person has, and updates it', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    const file = await planFile(seed);
    await renderWithProviders(<OpenFileScreen personId={seed.personId} />);
    await user.upload(chooser(), file);
    await user.click(await screen.findByRole('button', { name: 'Update my plan' }));
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/person/${seed.personId}/plan/${seed.planId}`),
    );
    expect(await listPlans(seed.personId)).toHaveLength(1);
  });

  it('says plainly what is wrong with a file that is not ours or is broken, and stores nothing', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    await renderWithProviders(<OpenFileScreen personId={seed.personId} />);
    const before = await tableHashes();
    const text = new File(['hello'], 'notes.myplan', { type: MYPLAN_MIME });
    await user.upload(chooser(), text);
    expect(await problem()).toHaveTextContent(/Nothing was changed\.$/);

    const good = new Uint8Array(await (await planFile(seed)).arrayBuffer());
    const cut = new File([good.slice(0, Math.floor(good.length / 2))], 'cut.myplan');
    await user.upload(chooser(), cut);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/cannot be opened/));
    expect(screen.queryByText('From Ana')).not.toBeInTheDocument();
    expect(await tableHashes()).toEqual(before);
  });

  it('lets the file go when another one is chosen or "Do not add it" is tapped', async () => {
    const user = userEvent.setup();
    const seed = await seedShare();
    await renderWithProviders(<OpenFileScreen personId={seed.personId} />);
    await user.upload(chooser(), await planFile(seed));
    expect(await screen.findByText('From Ana')).toBeVisible();
    await user.upload(chooser(), new File(['x'], 'x.myplan'));
    expect(await problem()).toBeVisible();
    expect(screen.queryByText('From Ana')).not.toBeInTheDocument();
    await user.upload(chooser(), await planFile(seed));
    await user.click(await screen.findByRole('button', { name: 'Do not add it' }));
    expect(screen.queryByText('From Ana')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toBeInTheDocument();
  });
});

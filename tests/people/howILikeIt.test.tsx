// "How I like it": each look choice is stored for this person only and shows on the page at once;
// a write that fails (full disk) stores nothing, says so, and puts the page back as it was.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HowILikeItScreen } from '../../src/people';
import * as storage from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';

vi.mock('../../src/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage')>();
  return { ...real, updatePreferences: vi.fn(real.updatePreferences) };
});

const html = document.documentElement;

async function twoPeople() {
  const picture = { kind: 'symbol', symbolId: '1f600' } as const;
  const ana = await storage.addPerson({ name: 'Ana', picture });
  const ben = await storage.addPerson({ name: 'Ben', picture });
  return { ana, ben };
}

beforeEach(() => {
  for (const key of ['theme', 'textSize', 'font', 'pictures', 'motion']) delete html.dataset[key];
});

describe('How I like it', () => {
  it('keeps each look choice for this person and shows it at once', async () => {
    const { ana, ben } = await twoPeople();
    await renderWithProviders(<HowILikeItScreen personId={ana.id} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Twice as big' }));
    expect(html.dataset.textSize).toBe('200');
    await user.click(screen.getByRole('radio', { name: /Clear letters/ }));
    expect(html.dataset.font).toBe('readable');
    await user.click(screen.getByRole('radio', { name: 'Calm colours' }));
    expect(html.dataset.theme).toBe('calm');
    await user.click(screen.getByRole('radio', { name: /Pictures only/ }));
    expect(html.dataset.pictures).toBe('pictures');
    await user.click(screen.getByRole('checkbox', { name: /Keep things still/ }));
    expect(html.dataset.motion).toBe('reduce');

    await waitFor(async () =>
      expect((await storage.getPerson(ana.id))?.preferences).toMatchObject({
        textSize: 200,
        font: 'readable',
        theme: 'calm',
        pictures: 'pictures',
        reduceMotion: true,
      }),
    );
    expect((await storage.getPerson(ben.id))?.preferences).toBeUndefined();
    expect(screen.getByRole('radio', { name: 'Twice as big' })).toBeChecked();
  });

  it('shows the switch speed only once a switch is chosen, and keeps it in seconds', async () => {
    const { ana } = await twoPeople();
    await renderWithProviders(<HowILikeItScreen personId={ana.id} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('radio', { name: /No switch/ })).toBeChecked();
    expect(screen.queryByRole('group', { name: 'How fast the light moves' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: /^One switch/ }));
    const speed = await screen.findByRole('group', { name: 'How fast the light moves' });
    await user.click(speed.querySelector<HTMLInputElement>('input[type="radio"]')!);
    await waitFor(async () =>
      expect((await storage.getPerson(ana.id))?.preferences).toMatchObject({
        scanning: 'one',
        scanSeconds: 3,
      }),
    );
  });

  it('stores nothing and puts the look back when the tablet is full', async () => {
    const { ana } = await twoPeople();
    await storage.updatePreferences(ana.id, { textSize: 125 });
    await renderWithProviders(<HowILikeItScreen personId={ana.id} />);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Big' })).toBeChecked());
    vi.mocked(storage.updatePreferences).mockRejectedValueOnce(new storage.StorageError('full'));

    await user.click(screen.getByRole('radio', { name: 'Twice as big' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Big' })).toBeChecked());
    expect(html.dataset.textSize).toBe('125');
    expect((await storage.getPerson(ana.id))?.preferences?.textSize).toBe(125);
  });

  it('refuses a look that is not offered and keeps what was stored', async () => {
    const { ana } = await twoPeople();
    await expect(
      storage.updatePreferences(ana.id, { textSize: 300 as unknown as 200 }),
    ).rejects.toMatchObject({ problem: 'invalid' });
    await expect(storage.updatePreferences(ana.id, { scanSeconds: 0.1 })).rejects.toMatchObject({
      problem: 'invalid',
    });
    expect((await storage.getPerson(ana.id))?.preferences).toBeUndefined();
  });
});

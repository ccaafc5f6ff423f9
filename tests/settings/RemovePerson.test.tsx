// Removing a person from Settings: a plain question with numbers first, "Keep" changes nothing,
// "Remove" takes everything at once, and "Undo" (with the time left in words) puts it all back
// until the undo window ends.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hrefOf, parseRoute } from '../../src/app/routes';
import { Screens } from '../../src/app/Screens';
import { lockEveryone } from '../../src/people/lock/lockState';
import { RemovalBanner, SettingsScreen } from '../../src/settings';
import { RemovePersonScreen } from '../../src/settings/RemovePersonScreen';
import {
  currentRemoval,
  forgetRemoval,
  removePerson,
  undoRemoval,
  UNDO_MS,
} from '../../src/settings/removalStore';
import { countPersonData, getPerson, setPictureCode } from '../../src/storage';
import { db } from '../../src/storage/database';
import { renderWithProviders } from '../support/renderWithProviders';
import { tableHashes } from '../support/tableHashes';
import { seedTwo } from '../storage/personSeed';

async function showQuestion(personId: string) {
  window.location.hash = `#/person/${personId}/remove`;
  return renderWithProviders(
    <>
      <RemovalBanner />
      <RemovePersonScreen personId={personId} />
    </>,
  );
}

describe('removing a person', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });
  afterEach(() => {
    forgetRemoval();
    vi.useRealTimers();
  });

  it('lists each person in Settings with a way to remove them', async () => {
    const { ana, bo } = await seedTwo();
    await renderWithProviders(<SettingsScreen />);
    const list = await screen.findByRole('list', { name: 'People on this tablet' });
    const remove = await within(list).findByRole('link', { name: 'Remove Ana' });
    expect(remove).toHaveAttribute('href', `#/person/${ana.person.id}/remove`);
    const route = { name: 'remove-person', personId: ana.person.id } as const;
    expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(within(list).getByRole('link', { name: 'Remove Bo' })).toBeVisible();
    expect(await within(list).findAllByText('Last copy: today')).toHaveLength(2);
    expect(bo.person.name).toBe('Bo');
  });

  it('asks first, says what will go in numbers, and Keep changes nothing', async () => {
    const user = userEvent.setup();
    const { ana } = await seedTwo();
    const before = await tableHashes();
    await showQuestion(ana.person.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Remove Ana?' })).toBeVisible();
    const list = screen.getByRole('list', { name: 'What will go' });
    for (const line of [
      '1 plan',
      '4 cards',
      '3 photos and drawings',
      '1 voice recording',
      '1 meeting',
      '1 person who helps',
      'Shared 2 times',
    ]) {
      expect(within(list).getByText(line)).toBeVisible();
    }
    expect(screen.getByText(/You can undo it for 1 minute\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Save a copy first' })).toHaveAttribute(
      'href',
      `#/person/${ana.person.id}/backup`,
    );
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep Ana' }));
    expect(window.location.hash).toBe('#/settings');
    expect(await tableHashes()).toEqual(before);
  });

  it('removes everything at once, and Undo puts every table back', async () => {
    const user = userEvent.setup();
    const { ana, bo } = await seedTwo();
    const before = await tableHashes();
    await showQuestion(ana.person.id);
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    const banner = await screen.findByRole('complementary', { name: 'Undo removing a person' });
    expect(within(banner).getByText('Ana was removed from this tablet.')).toBeVisible();
    expect(within(banner).getByText('You can undo it now. 60 seconds left.')).toBeVisible();
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(await getPerson(ana.person.id)).toBeUndefined();
    expect(await countPersonData(ana.person.id)).toMatchObject({ plans: 0, cards: 0, shares: 0 });
    expect(await countPersonData(bo.person.id)).toMatchObject({ plans: 1, cards: 4 });

    await user.click(within(banner).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(await screen.findByText('Ana is back on this tablet.')).toBeInTheDocument();
    expect(await tableHashes()).toEqual(before);
  });

  it('counts down, and after the undo window the person stays gone for good', async () => {
    const user = userEvent.setup();
    const { ana } = await seedTwo();
    await showQuestion(ana.person.id);
    const remove = await screen.findByRole('button', { name: 'Remove Ana' });
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldAdvanceTime: true,
    });
    await user.click(remove);
    await screen.findByText('You can undo it now. 60 seconds left.');
    act(() => vi.advanceTimersByTime(20_000));
    expect(await screen.findByText('You can undo it now. 40 seconds left.')).toBeVisible();
    act(() => vi.advanceTimersByTime(UNDO_MS));
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(currentRemoval()).toBeUndefined();
    expect(await getPerson(ana.person.id)).toBeUndefined();
  });

  it('asks for the picture code first when the person locked their plans', async () => {
    const { ana } = await seedTwo();
    await setPictureCode(ana.person.id, ['cat', 'apple', 'sun']);
    lockEveryone();
    window.location.hash = `#/person/${ana.person.id}/remove`;
    // The gate waits (suspends) for the first read of every person's lock.
    await act(async () => {
      await renderWithProviders(<Screens />);
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My plans are locked' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Remove Ana' })).not.toBeInTheDocument();
    expect(await getPerson(ana.person.id)).toBeDefined();
  });

  it('says plainly when the tablet is full, and keeps everything and the question', async () => {
    const user = userEvent.setup();
    const { ana } = await seedTwo();
    const before = await tableHashes();
    const full = () => {
      const inner = new DOMException('full', 'QuotaExceededError');
      throw Object.assign(new Error('abort'), { name: 'AbortError', inner });
    };
    db().people.hook('deleting', full);
    await showQuestion(ana.person.id);
    await user.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The tablet is full\. Nothing was changed\./,
    );
    db().people.hook('deleting').unsubscribe(full);
    expect(screen.getByRole('heading', { level: 1, name: 'Remove Ana?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Ana' })).toBeEnabled();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(await tableHashes()).toEqual(before);
  });

  it('ends the undo on time even when a sleeping tablet runs the timer late', async () => {
    const { ana } = await seedTwo();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await removePerson(ana.person.id);
    vi.setSystemTime(Date.now() + UNDO_MS);
    expect(await undoRemoval()).toBeUndefined();
    expect(currentRemoval()).toBeUndefined();
    expect(await getPerson(ana.person.id)).toBeUndefined();
  });
});

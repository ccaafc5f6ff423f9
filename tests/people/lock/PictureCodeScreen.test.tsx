// "My picture code": choosing a code twice (the pictures show as they are tapped), the idle
// time, and removing the code, which needs the code first.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { lockEveryone, unlockedPersonId } from '../../../src/people/lock/lockState';
import { PictureCodeScreen } from '../../../src/people/lock/PictureCodeScreen';
import {
  addPerson,
  getLockSummary,
  resetPictureCode,
  setPictureCode,
  tryPictureCode,
} from '../../../src/storage';
import { renderWithProviders } from '../../support/renderWithProviders';

async function tap(user: UserEvent, names: string[]) {
  const pad = screen.getByRole('list', { name: 'Pictures of the code' });
  for (const name of names) await user.click(within(pad).getByRole('button', { name }));
}

async function ana() {
  return (await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } })).id;
}

afterEach(() => lockEveryone());

describe('PictureCodeScreen', () => {
  it('chooses a code by tapping the same 3 pictures twice, and keeps the person in', async () => {
    const id = await ana();
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const user = userEvent.setup();
    expect(await screen.findByText('You have no picture code.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Choose a picture code' }));
    expect(screen.getByText('Tap 3 pictures. Remember them in this order.')).toBeVisible();

    await tap(user, ['Fish', 'Car']);
    const chosen = screen.getByRole('list', { name: 'Pictures you tapped' });
    expect(within(chosen).getByRole('img', { name: 'Fish' })).toBeVisible();
    expect(within(chosen).getByRole('img', { name: 'Car' })).toBeVisible();
    await tap(user, ['Fish']);
    expect(screen.getByText('Tap the same 3 pictures again.')).toBeVisible();
    await tap(user, ['Fish', 'Car', 'Fish']);

    expect(await screen.findByText('Your plans are locked with a picture code.')).toBeVisible();
    expect((await getLockSummary(id))?.hasCode).toBe(true);
    expect(unlockedPersonId()).toBe(id);
  });

  it('starts again when the second round is not the same, and stores nothing', async () => {
    const id = await ana();
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Choose a picture code' }));
    await tap(user, ['Fish', 'Car', 'Sun']);
    await tap(user, ['Fish', 'Sun', 'Car']);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The pictures were not the same. Please start again.',
    );
    expect(screen.getByText('Tap 3 pictures. Remember them in this order.')).toBeVisible();
    expect((await getLockSummary(id))?.hasCode).toBe(false);
  });

  it('keeps the idle time chosen', async () => {
    const id = await ana();
    await setPictureCode(id, ['cat', 'dog', 'sun']);
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const user = userEvent.setup();
    const group = await screen.findByRole('group', {
      name: 'Lock My Plan when nobody uses it for',
    });
    expect(within(group).getByRole('radio', { name: '2 minutes' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: '10 minutes' }));
    await waitFor(async () => expect((await getLockSummary(id))?.idleMinutes).toBe(10));
  });

  it('removes the code only after the person taps it', async () => {
    const id = await ana();
    await setPictureCode(id, ['cat', 'dog', 'sun']);
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove my picture code' }));
    expect(screen.getByText('First tap your picture code.')).toBeVisible();
    await tap(user, ['Cat', 'Dog', 'Car']);
    expect(await screen.findByRole('alert')).toHaveTextContent('Those were not your pictures.');
    expect((await getLockSummary(id))?.hasCode).toBe(true);
    await tap(user, ['Cat', 'Dog', 'Sun']);
    expect(await screen.findByText('You have no picture code.')).toBeVisible();
    expect((await getLockSummary(id))?.hasCode).toBe(false);
  });

  it('changes the code after the old one is tapped', async () => {
    const id = await ana();
    await setPictureCode(id, ['cat', 'dog', 'sun']);
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Choose a new picture code' }));
    await tap(user, ['Cat', 'Dog', 'Sun']);
    expect(await screen.findByText('Tap 3 pictures. Remember them in this order.')).toBeVisible();
    await tap(user, ['Bird', 'Bird', 'Banana', 'Bird', 'Bird', 'Banana']);
    expect(await screen.findByText('Your plans are locked with a picture code.')).toBeVisible();
    expect(await tryPictureCode(id, ['bird', 'bird', 'banana'])).toEqual({ result: 'right' });
  });

  it('lists every time a helper removed the code', async () => {
    const id = await ana();
    await setPictureCode(id, ['cat', 'dog', 'sun']);
    await resetPictureCode(id, 'Lars', new Date(2026, 2, 12, 14, 5).getTime());
    await renderWithProviders(<PictureCodeScreen personId={id} />);
    const list = await screen.findByRole('region', {
      name: 'When a helper removed my picture code',
    });
    expect(list).toHaveTextContent('March 12, 2026');
    expect(list).toHaveTextContent('Lars');
  });
});

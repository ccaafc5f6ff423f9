// The lock screen, found by role and name: only the person's picture and name, the 9 pictures,
// a plain message after a wrong try, a wait (with a clock) after 5, and a helper's recorded way
// to remove a forgotten code.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LockScreen } from '../../../src/people/lock/LockScreen';
import { lockEveryone, unlockedPersonId } from '../../../src/people/lock/lockState';
import { addPerson, getLockSummary, setPictureCode, tryPictureCode } from '../../../src/storage';
import { renderWithProviders } from '../../support/renderWithProviders';

async function ana() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  await setPictureCode(person.id, ['cat', 'apple', 'sun']);
  lockEveryone();
  return person.id;
}

async function tapCode(user: UserEvent, names: string[]) {
  const pad = screen.getByRole('list', { name: 'Pictures of the code' });
  for (const name of names) await user.click(within(pad).getByRole('button', { name }));
}

afterEach(() => lockEveryone());

describe('LockScreen', () => {
  it('shows the person and the 9 pictures, and lets them in with their code', async () => {
    const id = await ana();
    await renderWithProviders(<LockScreen personId={id} />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1, name: 'My plans are locked' })).toBeVisible();
    expect(await screen.findByText('Ana')).toBeVisible();
    const pad = screen.getByRole('list', { name: 'Pictures of the code' });
    expect(within(pad).getAllByRole('button')).toHaveLength(9);
    expect(screen.getByRole('link', { name: 'Change person' })).toHaveAttribute('href', '#/');

    await tapCode(user, ['Cat', 'Apple']);
    expect(screen.getByText('Tapped: 2 of 3.')).toBeVisible();
    await tapCode(user, ['Sun']);
    await waitFor(() => expect(unlockedPersonId()).toBe(id));
  });

  it('says plainly when the pictures were wrong and how many tries are left', async () => {
    const id = await ana();
    await renderWithProviders(<LockScreen personId={id} />);
    const user = userEvent.setup();
    await tapCode(user, ['Dog', 'Apple', 'Sun']);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Those were not your pictures. Please try again. You can try 4 more times.',
    );
    expect(unlockedPersonId()).toBeUndefined();
    expect((await getLockSummary(id))?.failedTries).toBe(1);
  });

  it('waits after 5 wrong tries: a clock, the time in words, and pictures that do nothing', async () => {
    const id = await ana();
    await renderWithProviders(<LockScreen personId={id} />);
    const user = userEvent.setup();
    for (let i = 0; i < 5; i += 1) {
      await tapCode(user, ['Dog', 'Dog', 'Dog']);
      await waitFor(() => expect(screen.getByText('Tapped: 0 of 3.')).toBeVisible());
    }
    expect(await screen.findByText('There were too many wrong tries.')).toBeVisible();
    expect(screen.getByText('Please wait 1 minute.')).toBeVisible();
    expect(screen.getByText(/^You can try again at /)).toBeVisible();
    const cat = screen.getByRole('button', { name: 'Cat' });
    expect(cat).toHaveAttribute('aria-disabled', 'true');
    await tapCode(user, ['Cat', 'Apple', 'Sun']);
    expect(screen.getByText('Tapped: 0 of 3.')).toBeVisible();
    expect(unlockedPersonId()).toBeUndefined();
    expect((await getLockSummary(id))?.failedTries).toBe(5);
  });

  it('shows a stored wait at once (a reload does not end it)', async () => {
    const id = await ana();
    for (let i = 0; i < 5; i += 1) await tryPictureCode(id, ['dog', 'dog', 'dog']);
    await renderWithProviders(<LockScreen personId={id} />);
    expect(await screen.findByText('Please wait 1 minute.')).toBeVisible();
  });

  it('lets a helper remove a forgotten code only after writing their name', async () => {
    const id = await ana();
    await renderWithProviders(<LockScreen personId={id} />);
    const user = userEvent.setup();
    await screen.findByText('Ana');
    await user.click(screen.getByRole('button', { name: 'I am a helper: remove the code' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Remove the picture code' }),
    ).toBeVisible();
    expect(screen.getByText('The picture code of Ana will be removed.')).toBeVisible();
    expect(screen.getByText('Ana will see a message about it.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove the code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please write your name.');
    expect((await getLockSummary(id))?.hasCode).toBe(true);

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Lars');
    await user.click(screen.getByRole('button', { name: 'Remove the code' }));
    await waitFor(async () => expect((await getLockSummary(id))?.hasCode).toBe(false));
    expect((await getLockSummary(id))?.resets).toEqual([{ at: expect.any(Number), by: 'Lars' }]);
    expect(window.location.hash).toBe(`#/person/${id}`);
  });

  it('goes back to the pictures when the helper stops', async () => {
    const id = await ana();
    await renderWithProviders(<LockScreen personId={id} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'I am a helper: remove the code' }));
    await user.click(screen.getAllByRole('button', { name: 'Stop' })[0]!);
    expect(screen.getByRole('heading', { level: 1, name: 'My plans are locked' })).toBeVisible();
    expect((await getLockSummary(id))?.hasCode).toBe(true);
  });
});

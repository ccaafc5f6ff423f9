// The keyboard focus on the board never falls to the page when what had it goes away: "Stop
// moving", Undo and Redo, the "Card removed — Undo" message, the lane tools, and the way back
// from a card.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BoardScreen } from '../../src/plans';
import { deleteCard, listCards, updatePreferences } from '../../src/storage';
import { showFlash } from '../../src/ui/flash';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedBoard, storedLanes } from './boardSeed';

/** Goes to `hash` (if a click has not already) and lets the app hear of it. */
async function hashChanged(hash: string) {
  if (window.location.hash !== hash) window.location.hash = hash;
  await waitFor(() => expect(window.location.hash).toBe(hash));
  // "hashchange" comes a moment after the address changed.
  await new Promise((resolve) => setTimeout(resolve, 10));
}

const button = (name: string) => screen.getByRole('button', { name });

async function openBoard(lanes?: string[][], isHelper = false) {
  const plan = await seedBoard(lanes);
  if (isHelper) await updatePreferences(plan.personId, { mode: 'helper' });
  const view = await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
  await screen.findByRole('list', { name: 'Now' });
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  return { plan, view, user: userEvent.setup() };
}

describe('focus on the board', () => {
  it('"Stop moving" gives the focus back to the card that was picked', async () => {
    const { user } = await openBoard();
    await user.click(await screen.findByRole('button', { name: 'Cook' }));
    await user.click(button('Stop moving'));
    expect(button('Cook')).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(button('Cook')).toHaveFocus());
  });

  it('keeps the focus on Undo while a moved card goes back', async () => {
    const { plan, user } = await openBoard();
    const ids = plan.lanes.map((l) => l.id);
    await user.click(await screen.findByRole('button', { name: 'Swim' }));
    await user.click(button('Put it in Later'));
    await waitFor(() => expect(button('Swim')).toHaveFocus());
    await user.click(button('Undo'));
    await waitFor(async () =>
      expect((await storedLanes(plan.id, ids))[0]).toEqual(['Swim', 'Cook']),
    );
    await screen.findByText(/^Undone\. Swim is now in Now/);
    const now = screen.getByRole('list', { name: 'Now' });
    await waitFor(() => expect(within(now).getAllByRole('listitem')).toHaveLength(2));
    expect(button('Undo')).toHaveFocus();
  });

  it('moves the focus to Redo when Undo can do no more (and back)', async () => {
    const { user } = await openBoard([['Swim']]);
    await user.click(button('Undo'));
    await waitFor(() => expect(button('Undo')).toBeDisabled());
    await waitFor(() => expect(button('Redo')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button('Redo')).toBeDisabled());
    await waitFor(() => expect(button('Undo')).toHaveFocus());
  });

  it('"Undo" in the "card removed" message puts the focus on the card that comes back', async () => {
    const plan = await seedBoard();
    const cook = (await listCards(plan.id)).find((c) => c.words === 'Cook');
    if (!cook) throw new Error('no card');
    await deleteCard(cook.id);
    showFlash({ kind: 'card-removed', planId: plan.id, words: 'Cook' });
    const user = userEvent.setup();
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    const undo = await screen.findAllByRole('button', { name: 'Undo' });
    await user.click(undo.at(-1) as HTMLElement);
    await waitFor(() => expect(button('Cook')).toHaveFocus());
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent(
      'Undone. Cook is now in Now. It is card 2 of 2.',
    );
  });

  it('straight back from a card, the focus is on the link that opened it', async () => {
    const { plan, view, user } = await openBoard();
    const open = screen.getByRole('link', { name: 'Open Cook' });
    await user.click(open);
    await hashChanged(open.getAttribute('href') ?? '');
    view.unmount();
    await hashChanged(`#/person/${plan.personId}/plan/${plan.id}`);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open Cook' })).toHaveFocus());
  });

  it('coming to the board another way, the focus is on its title as usual', async () => {
    const { plan, view, user } = await openBoard();
    const open = screen.getByRole('link', { name: 'Open Cook' });
    await user.click(open);
    await hashChanged(open.getAttribute('href') ?? '');
    view.unmount();
    await hashChanged(`#/person/${plan.personId}`);
    await hashChanged(`#/person/${plan.personId}/plan/${plan.id}`);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await screen.findByRole('link', { name: 'Open Cook' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('"Add a column": the focus goes into the name field, and back on Escape and on add', async () => {
    const { user } = await openBoard(undefined, true);
    await user.click(await screen.findByRole('button', { name: 'Add a column' }));
    expect(screen.getByRole('textbox', { name: 'Name of the column' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Add a column' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('Ideas{Enter}');
    await screen.findByRole('list', { name: 'Ideas' });
    expect(screen.getByRole('button', { name: 'Add a column' })).toHaveFocus();
  });

  it('lane tools keep the focus on the move button as the lane moves, and on rename', async () => {
    const { user } = await openBoard(undefined, true);
    await user.click(await screen.findByRole('button', { name: 'Change Later' }));
    await user.click(button('Move Later on'));
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
        'Now 2 cards',
        'Next 0 cards',
        'Done 0 cards',
        'Later 0 cards',
      ]),
    );
    // Later is last now: "Move on" is off, so the focus is on "Move back".
    await waitFor(() => expect(button('Move Later back')).toHaveFocus());
    await user.click(button('Move Later back'));
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 2 })[2]).toHaveTextContent(/^Later/),
    );
    await waitFor(() => expect(button('Move Later back')).toHaveFocus());
    const name = screen.getByRole('textbox', { name: 'New name for Later' });
    await user.clear(name);
    await user.type(name, 'Soon{Enter}');
    await waitFor(() => expect(button('Change Soon')).toHaveFocus());
  });
});

// The board moves cards without dragging: tap then tap, and the keyboard; undo takes a move back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { BoardScreen } from '../../src/plans';
import { addCard, addPerson, createPlan, listCards } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';

async function seed() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const now = plan.lanes[0]?.id ?? '';
  for (const words of ['Swim', 'Cook']) {
    await addCard({
      planId: plan.id,
      laneId: now,
      picture: { kind: 'symbol', symbolId: '1f431' },
      words,
      colour: 'green',
    });
  }
  return plan;
}

/** Waits until the screen has put focus on its title (as it does when it opens), so a test's own
 *  focus is not taken away by it a moment later. */
async function screenOpened() {
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
}

async function lanesOf(planId: string, laneIds: string[]) {
  const cards = await listCards(planId);
  return laneIds.map((id) => cards.filter((c) => c.laneId === id).map((c) => c.words));
}

describe('BoardScreen', () => {
  it('shows lanes as labelled lists with their cards', async () => {
    const plan = await seed();
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    const now = await screen.findByRole('list', { name: 'Now' });
    const cards = within(now).getAllByRole('button', { pressed: false });
    expect(cards.map((b) => b.textContent)).toEqual(['Swim', 'Cook']);
    expect(within(now).getByRole('button', { name: 'Listen: Swim' })).toBeInTheDocument();
    expect(within(now).getByRole('link', { name: 'Open Cook' })).toHaveAttribute(
      'href',
      `#/person/${plan.personId}/card/${(await listCards(plan.id))[1]?.id}`,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'My goals' })).toBeInTheDocument();
  });

  it('moves a card by tapping it and then tapping a lane, and undoes the move', async () => {
    const user = userEvent.setup();
    const plan = await seed();
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await user.click(await screen.findByRole('button', { name: 'Swim' }));
    expect(screen.getByRole('button', { name: 'Swim' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Put it in Later' }));
    await waitFor(async () => expect((await lanesOf(plan.id, ids))[2]).toEqual(['Swim']));
    expect(await screen.findByRole('status')).toHaveTextContent('Swim is now in Later.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await lanesOf(plan.id, ids))[0]).toEqual(['Swim', 'Cook']));
  });

  it('moves a picked card with the arrow keys and keeps focus on it', async () => {
    const user = userEvent.setup();
    const plan = await seed();
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    const cook = await screen.findByRole('button', { name: 'Cook' });
    await screenOpened();
    cook.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(cook).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowUp}');
    await waitFor(async () => expect((await lanesOf(plan.id, ids))[0]).toEqual(['Cook', 'Swim']));
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect((await lanesOf(plan.id, ids))[1]).toEqual(['Cook']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cook' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Cook' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('in Arabic, the right arrow moves a card to the lane before it', async () => {
    const user = userEvent.setup();
    const plan = await seed();
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />, 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const swim = await screen.findByRole('button', { name: 'Swim' });
    await screenOpened();
    swim.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(swim).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowLeft}');
    await waitFor(async () => expect((await lanesOf(plan.id, ids))[1]).toEqual(['Swim']));
  });
});

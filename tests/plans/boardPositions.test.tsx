// Screen readers on the board: each lane and card says its place ("Card 2 of 3 in Now"), and
// every move, new card and undo is spoken with the card's new place.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BoardScreen } from '../../src/plans';
import { addCard } from '../../src/storage';
import { showFlash } from '../../src/ui/flash';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedBoard, storedLanes } from './boardSeed';

const card = (words: string) => screen.getByRole('button', { name: words });
const said = () => screen.getAllByRole('status').at(-1);

describe('places on the board', () => {
  it('describes each card by its place in its lane, and names each lane by its place', async () => {
    const plan = await seedBoard([['Swim', 'Cook', 'Read'], ['Walk']]);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await screen.findByRole('button', { name: 'Swim' });
    expect(card('Swim')).toHaveAccessibleDescription(
      expect.stringMatching(/^Card 1 of 3 in Now\./),
    );
    expect(card('Read')).toHaveAccessibleDescription(
      expect.stringMatching(/^Card 3 of 3 in Now\./),
    );
    expect(card('Walk')).toHaveAccessibleDescription(
      expect.stringMatching(/^The only card in Next/),
    );
    // The card's name stays its words alone.
    expect(card('Cook')).toHaveAccessibleName('Cook');
    expect(screen.getByRole('region', { name: /^Now/ })).toHaveAccessibleName(
      'Now 3 cards Column 1 of 4.',
    );
    expect(screen.getByRole('region', { name: /^Done/ })).toHaveAccessibleName(
      'Done 0 cards Column 4 of 4.',
    );
    const now = screen.getByRole('list', { name: 'Now' });
    expect(within(now).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says where a moved card is now, and every card in the lanes keeps its right place', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook', 'Read'], ['Walk']]);
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await user.click(await screen.findByRole('button', { name: 'Cook' }));
    await user.click(screen.getByRole('button', { name: 'Walk' }));
    await waitFor(async () =>
      expect((await storedLanes(plan.id, ids))[1]).toEqual(['Cook', 'Walk']),
    );
    expect(said()).toHaveTextContent('Cook is now in Next. It is card 1 of 2.');
    await waitFor(() =>
      expect(card('Walk')).toHaveAccessibleDescription(
        expect.stringMatching(/^Card 2 of 2 in Next/),
      ),
    );
    expect(card('Read')).toHaveAccessibleDescription(expect.stringMatching(/^Card 2 of 2 in Now/));
    expect(screen.getByRole('region', { name: /^Now/ })).toHaveAccessibleName(
      'Now 2 cards Column 1 of 4.',
    );
  });

  it('says the place at each arrow key step', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook']]);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    const swim = await screen.findByRole('button', { name: 'Swim' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    swim.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(said()).toHaveTextContent('Swim is now in Now. It is card 2 of 2.'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(said()).toHaveTextContent('Swim is now in Next. It is the only card there.'),
    );
    // Two quick steps: the second starts where the first put the card, before any redraw.
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() =>
      expect(said()).toHaveTextContent('Swim is now in Done. It is the only card there.'),
    );
    const ids = plan.lanes.map((l) => l.id);
    expect(await storedLanes(plan.id, ids)).toEqual([['Cook'], [], [], ['Swim']]);
  });

  it('moves the picked card on keys that land on the page while its tile is redrawn', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook']]);
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    const swim = await screen.findByRole('button', { name: 'Swim' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    swim.focus();
    await user.keyboard('{Enter}');
    expect(swim).toHaveAttribute('aria-pressed', 'true');
    // The focus falls to the page, as it does for a moment when the tile changes lanes.
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect((await storedLanes(plan.id, ids))[1]).toEqual(['Swim']));
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Swim' })).toHaveAttribute('aria-pressed', 'false'),
    );
  });

  it('says where an undone move put the card back, and a redo where it went again', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim', 'Cook']]);
    const ids = plan.lanes.map((l) => l.id);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await user.click(await screen.findByRole('button', { name: 'Swim' }));
    await user.click(screen.getByRole('button', { name: 'Put it in Later' }));
    await waitFor(async () => expect((await storedLanes(plan.id, ids))[2]).toEqual(['Swim']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(said()).toHaveTextContent('Undone. Swim is now in Now. It is card 1 of 2.'),
    );
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    await waitFor(() =>
      expect(said()).toHaveTextContent(
        'Done again. Swim is now in Later. It is the only card there.',
      ),
    );
  });

  it('says "Undone." alone when the undone change put no card anywhere', async () => {
    const user = userEvent.setup();
    const plan = await seedBoard([['Swim']]);
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await screen.findByRole('button', { name: 'Swim' });
    // The last change added "Swim": undoing it takes the card away.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(said()).toHaveTextContent(/^Undone\.$/));
  });

  it('after "Save the card", puts the focus on the new card and says its place', async () => {
    const plan = await seedBoard([['Swim', 'Cook']]);
    const added = await addCard({
      planId: plan.id,
      laneId: plan.lanes[0]?.id ?? '',
      picture: { kind: 'symbol', symbolId: '1f431' },
      words: 'Read',
      colour: 'green',
    });
    showFlash({ kind: 'card-added', planId: plan.id, cardId: added.id });
    await renderWithProviders(<BoardScreen personId={plan.personId} planId={plan.id} />);
    await waitFor(() => expect(card('Read')).toHaveFocus());
    expect(said()).toHaveTextContent('Read is saved in Now. It is card 3 of 3.');
    expect(card('Read')).toHaveAccessibleDescription(expect.stringMatching(/^Card 3 of 3 in Now/));
  });
});

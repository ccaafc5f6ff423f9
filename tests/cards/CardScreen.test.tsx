// The card screen stores every change at once: words, steps, helpers, date, answers, private,
// and deleting (which undo takes back).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CardScreen } from '../../src/cards';
import { updatePreferences } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedCard, stored, TWO_STEPS } from './cardScreenSeed';

async function open(steps?: typeof TWO_STEPS) {
  const ids = await seedCard(steps);
  await renderWithProviders(<CardScreen personId={ids.personId} cardId={ids.cardId} />);
  await screen.findByRole('heading', { level: 2, name: 'Swim' });
  return ids;
}

describe('CardScreen', () => {
  it('shows the card big, with its colour named, and a way back to the board', async () => {
    const { personId, planId } = await open();
    expect(screen.getByRole('heading', { level: 1, name: 'My card' })).toBeInTheDocument();
    expect(screen.getByText('Green: I want this')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the plan' })).toHaveAttribute(
      'href',
      `#/person/${personId}/plan/${planId}`,
    );
  });

  it('saves new words after a short pause, and never stores empty words', async () => {
    const user = userEvent.setup();
    const { cardId } = await open();
    const words = screen.getByRole('textbox', { name: 'Words on the card' });
    await user.clear(words);
    await user.type(words, 'Swim on Monday');
    await waitFor(async () => expect((await stored(cardId)).words).toBe('Swim on Monday'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Swim on Monday' })).toBeVisible();

    await user.clear(words);
    await user.tab();
    expect(await screen.findByText(/Please write some words/)).toBeInTheDocument();
    expect((await stored(cardId)).words).toBe('Swim on Monday');
  });

  it('saves words kept as a draft from before a reload', async () => {
    const ids = await seedCard();
    sessionStorage.setItem(`draft:card-words:${ids.cardId}`, JSON.stringify({ words: 'Swim far' }));
    await renderWithProviders(<CardScreen personId={ids.personId} cardId={ids.cardId} />);
    expect(await screen.findByRole('textbox', { name: 'Words on the card' })).toHaveValue(
      'Swim far',
    );
    await waitFor(async () => expect((await stored(ids.cardId)).words).toBe('Swim far'));
  });

  it('saves a new colour at once', async () => {
    const user = userEvent.setup();
    const { cardId } = await open();
    await user.click(screen.getByRole('radio', { name: /^Red/ }));
    await waitFor(async () => expect((await stored(cardId)).colour).toBe('red'));
  });

  it('ticks a step and stores it as done', async () => {
    const user = userEvent.setup();
    const { cardId } = await open(TWO_STEPS);
    await user.click(screen.getByRole('checkbox', { name: 'Buy shoes' }));
    await waitFor(async () =>
      expect((await stored(cardId)).steps?.map((s) => s.isDone)).toEqual([true, false]),
    );
    expect(await screen.findByText('Done: 1 of 2')).toBeInTheDocument();
  });

  it('keeps both ticks when two steps are ticked quickly', async () => {
    const user = userEvent.setup();
    const { cardId } = await open(TWO_STEPS);
    await user.click(screen.getByRole('checkbox', { name: 'Buy shoes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Go to the pool' }));
    await waitFor(async () =>
      expect((await stored(cardId)).steps?.map((s) => s.isDone)).toEqual([true, true]),
    );
  });

  it('moves a step with the keyboard, keeps focus on it, and says where it is', async () => {
    const user = userEvent.setup();
    const { cardId } = await open(TWO_STEPS);
    const pool = screen.getByRole('group', { name: 'Go to the pool' });
    const move = within(pool).getByRole('button', { name: 'Move' });
    move.focus();
    await user.keyboard('{Enter}');
    expect(move).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowUp}');
    await waitFor(async () =>
      expect((await stored(cardId)).steps?.map((s) => s.words)).toEqual([
        'Go to the pool',
        'Buy shoes',
      ]),
    );
    expect(await screen.findByText('Step 1 of 2: Go to the pool.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Go to the pool' })).getByRole('button', {
          name: 'Move',
        }),
      ).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    expect(within(pool).getByRole('button', { name: 'Move' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('moves a step down with its button, and removes one', async () => {
    const user = userEvent.setup();
    const { cardId } = await open(TWO_STEPS);
    const shoes = screen.getByRole('group', { name: 'Buy shoes' });
    expect(within(shoes).getByRole('button', { name: 'Up' })).toBeDisabled();
    await user.click(within(shoes).getByRole('button', { name: 'Down' }));
    await waitFor(async () =>
      expect((await stored(cardId)).steps?.map((s) => s.id)).toEqual(['s2', 's1']),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Buy shoes' })).getByRole('button', {
        name: 'Remove',
      }),
    );
    await waitFor(async () =>
      expect((await stored(cardId)).steps?.map((s) => s.id)).toEqual(['s2']),
    );
  });

  it('adds a step with words', async () => {
    const user = userEvent.setup();
    const { cardId } = await open();
    expect(screen.getByText('No steps yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.type(screen.getByRole('textbox', { name: 'Words for the step' }), 'Pack a towel');
    await user.click(screen.getByRole('button', { name: 'Add the step' }));
    await waitFor(async () =>
      expect((await stored(cardId)).steps).toEqual([
        expect.objectContaining({ words: 'Pack a towel', isDone: false }),
      ]),
    );
    expect(await screen.findByRole('checkbox', { name: 'Pack a towel' })).not.toBeChecked();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a step' })).toHaveFocus());
  });
});

describe('CardScreen in "Me" mode', () => {
  it('keeps to looking, listening, steps and faces: no word, helper or date editing', async () => {
    const { personId, cardId } = await seedCard();
    await updatePreferences(personId, { mode: 'me' });
    await renderWithProviders(<CardScreen personId={personId} cardId={cardId} />);
    expect(await screen.findByRole('region', { name: 'Steps' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'How is it going?' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'When' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Who helps me' })).toBeNull();
  });
});

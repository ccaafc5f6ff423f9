// The card screen's other parts: who helps, when, how is it going, private, and delete with undo.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardScreen } from '../../src/cards';
import { CORRECTION_MS } from '../../src/cards/faces';
import { addSupporter, getCard, listSupporters, undo } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedCard, stored } from './cardScreenSeed';

async function open(language: 'en' | 'ar' = 'en') {
  const ids = await seedCard();
  await renderWithProviders(<CardScreen personId={ids.personId} cardId={ids.cardId} />, language);
  await screen.findByRole('heading', { level: 2, name: 'Swim' });
  return ids;
}

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('CardScreen: who helps me', () => {
  it('adds a new supporter, who then helps with this card', async () => {
    const user = userEvent.setup();
    const { cardId, personId } = await open();
    expect(await screen.findByText(/Nobody is here yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a person who helps' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Lars');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await listSupporters(personId)).toHaveLength(1));
    const [lars] = await listSupporters(personId);
    await waitFor(async () => expect((await stored(cardId)).helperIds).toEqual([lars?.id]));
    const tile = await screen.findByRole('button', { name: 'Lars' });
    await waitFor(() => expect(tile).toHaveAttribute('aria-pressed', 'true'));
  });

  it('chooses and unchooses the person’s existing supporters', async () => {
    const user = userEvent.setup();
    const ids = await seedCard();
    const picture = { kind: 'symbol', symbolId: '1f469' } as const;
    const mum = await addSupporter({ personId: ids.personId, name: 'Mum', picture });
    await addSupporter({ personId: ids.personId, name: 'Kim', picture });
    await renderWithProviders(<CardScreen personId={ids.personId} cardId={ids.cardId} />);
    const list = await screen.findByRole('list', { name: 'People who help' });
    await user.click(within(list).getByRole('button', { name: 'Mum' }));
    await waitFor(async () => expect((await stored(ids.cardId)).helperIds).toEqual([mum.id]));
    await user.click(within(list).getByRole('button', { name: 'Mum' }));
    await waitFor(async () => expect((await stored(ids.cardId)).helperIds).toEqual([]));
  });
});

describe('CardScreen: when', () => {
  it('stores a date and shows its weekday and month in words', async () => {
    const { cardId } = await open();
    const date = screen.getByLabelText('Date');
    fireEvent.change(date, { target: { value: '2030-01-07' } });
    expect(screen.getByText('Monday')).toBeInTheDocument();
    expect(screen.getByText(/January/)).toBeInTheDocument();
    await waitFor(async () => expect((await stored(cardId)).when).toBe('2030-01-07'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'No date' }));
    await waitFor(async () => expect((await stored(cardId)).when).toBeUndefined());
    expect(screen.getByText('No date yet.')).toBeInTheDocument();
  });

  it('says how far away the day is, in the person’s language', async () => {
    await open('ar');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const key = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    fireEvent.change(screen.getByLabelText('التاريخ'), { target: { value: key } });
    expect(screen.getByText('غدًا')).toBeInTheDocument();
    const weekday = new Intl.DateTimeFormat('ar', { weekday: 'long' }).format(tomorrow);
    expect(screen.getByText(weekday)).toBeInTheDocument();
  });
});

describe('CardScreen: how is it going', () => {
  it('keeps every answer with its date; a quick change of mind corrects the last one', async () => {
    const user = userEvent.setup();
    const { cardId } = await open();
    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await waitFor(async () => expect((await stored(cardId)).ratings).toHaveLength(1));
    now.mockReturnValue(start + 1000);
    await user.click(screen.getByRole('radio', { name: 'OK' }));
    await waitFor(async () =>
      expect((await stored(cardId)).ratings).toEqual([{ value: 3, at: start + 1000 }]),
    );
    now.mockReturnValue(start + CORRECTION_MS + 5000);
    await user.click(screen.getByRole('radio', { name: 'Very good' }));
    await waitFor(async () =>
      expect((await stored(cardId)).ratings?.map((r) => r.value)).toEqual([3, 5]),
    );
    expect(await screen.findByText('Before')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'OK' })).toBeInTheDocument();
  });
});

describe('CardScreen: private and delete', () => {
  it('stores the private switch', async () => {
    const user = userEvent.setup();
    const { cardId } = await open();
    const only = screen.getByRole('checkbox', { name: 'Only for me. It is not shared.' });
    await user.click(only);
    await waitFor(async () => expect((await stored(cardId)).isPrivate).toBe(true));
    await waitFor(() => expect(only).toBeChecked());
    await user.click(only);
    await waitFor(async () => expect((await stored(cardId)).isPrivate).toBe(false));
  });

  it('deletes the card without asking, goes back to the board, and undo brings it back', async () => {
    const user = userEvent.setup();
    const { cardId, planId, personId } = await open();
    await user.click(screen.getByRole('button', { name: 'Delete the card' }));
    await waitFor(async () => expect(await getCard(cardId)).toBeUndefined());
    expect(window.location.hash).toBe(`#/person/${personId}/plan/${planId}`);
    await undo(planId);
    expect((await getCard(cardId))?.words).toBe('Swim');
  });

  it('says so when the card is not there', async () => {
    const { personId } = await seedCard();
    await renderWithProviders(<CardScreen personId={personId} cardId="nope" />);
    expect(await screen.findByText('This card is not here any more.')).toBeInTheDocument();
  });
});

// A helper's notes on a card. A note is only ever written after the person said yes on screen,
// so each one carries when they agreed. Checked and stored in one transaction, with undo.
import { MAX_NOTE_LENGTH } from '../domain/limits';
import type { Card, CardNote } from '../domain/types';
import { updateCard } from './cardsRepo';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** What is given for a new note. */
export interface NewCardNote {
  words: string;
  /** The supporter who writes it: one of the person's own supporters. */
  supporterId: string;
  /** When the person said yes to this note. */
  agreedAt: number;
}

/** Adds a note at the end of a card's notes; returns the stored card. */
export async function addCardNote(cardId: string, input: NewCardNote): Promise<Card> {
  const words = input.words.trim();
  if (!words || words.length > MAX_NOTE_LENGTH) throw new StorageError('invalid');
  const at = Date.now();
  if (!Number.isInteger(input.agreedAt) || input.agreedAt > at) throw new StorageError('invalid');
  const note: CardNote = {
    id: crypto.randomUUID(),
    words,
    supporterId: input.supporterId,
    agreedAt: input.agreedAt,
    at,
  };
  const { cards, history, plans, supporters } = db();
  return writeTogether([cards, history, plans, supporters], async () => {
    const card = await cards.get(cardId);
    const plan = card && (await plans.get(card.planId));
    if (!card || !plan) throw new StorageError('not-found');
    const supporter = await supporters.get(input.supporterId);
    if (supporter?.personId !== plan.personId) throw new StorageError('not-found');
    return updateCard(cardId, { notes: [...(card.notes ?? []), note] });
  });
}

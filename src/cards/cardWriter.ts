// Writes to one card one after another, each computed from the card as stored just before it.
// Two quick taps (tick one step, then another) then never overwrite each other's change.
import type { Card } from '../domain/types';
import { deleteCard, getCard, StorageError, updateCard, type CardChange } from '../storage';

const queues = new Map<string, Promise<unknown>>();

function enqueue<T>(cardId: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(cardId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(cardId, next);
  const forget = () => {
    if (queues.get(cardId) === next) queues.delete(cardId);
  };
  next.then(forget, forget);
  return next;
}

/**
 * Changes a card with `decide(card)` applied to the card as stored now. `decide` returns null
 * when nothing should change; the result is then the card as it is.
 */
export function changeCard(
  cardId: string,
  decide: (card: Card) => CardChange | null,
): Promise<Card> {
  return enqueue(cardId, async () => {
    const card = await getCard(cardId);
    if (!card) throw new StorageError('not-found');
    const change = decide(card);
    return change ? updateCard(cardId, change) : card;
  });
}

/** Deletes a card after every change already asked for; returns the removed card. */
export function removeCard(cardId: string): Promise<Card> {
  return enqueue(cardId, () => deleteCard(cardId));
}

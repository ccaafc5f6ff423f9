// Cards of a plan: list in order, add, move. Each change writes the card and its history entry
// in one transaction, so undo always matches what is stored.
import { planMove, type MoveTarget } from '../domain/moveCard';
import { keyAfter, sortByOrder } from '../domain/ordering';
import { cardSchema } from '../domain/schemas';
import type { Card, ColourId, HistoryAction, PictureRef } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** All cards of a plan, in lane order (sorted by ordering key). */
export async function listCards(planId: string): Promise<Card[]> {
  return sortByOrder(await db().cards.where('planId').equals(planId).toArray());
}

/** What a person gives for a new card. */
export interface NewCard {
  planId: string;
  laneId: string;
  picture: PictureRef;
  words: string;
  colour: ColourId;
}

/** Records a change in the plan's history and forgets what could be redone before it. */
async function record(action: HistoryAction, before: Card | null, after: Card): Promise<void> {
  const { history, plans } = db();
  await history.where('[planId+undone]').equals([after.planId, 1]).delete();
  await history.add({
    planId: after.planId,
    at: after.updatedAt,
    action,
    cardId: after.id,
    before,
    after,
    undone: 0,
  });
  await plans.update(after.planId, { updatedAt: after.updatedAt });
}

/** Adds a card at the end of its lane; returns it. */
export async function addCard(input: NewCard): Promise<Card> {
  const { cards, history, plans } = db();
  const now = Date.now();
  return writeTogether([cards, history, plans], async () => {
    const plan = await plans.get(input.planId);
    if (!plan?.lanes.some((lane) => lane.id === input.laneId)) throw new StorageError('not-found');
    const laneCards = sortByOrder(
      await cards.where('[planId+laneId]').equals([input.planId, input.laneId]).toArray(),
    );
    const parsed = cardSchema.safeParse({
      ...input,
      words: input.words.trim(),
      id: crypto.randomUUID(),
      order: keyAfter(laneCards[laneCards.length - 1]?.order ?? null),
      createdAt: now,
      updatedAt: now,
    });
    if (!parsed.success) throw new StorageError('invalid', parsed.error);
    await cards.add(parsed.data);
    await record('card-add', null, parsed.data);
    return parsed.data;
  });
}

/**
 * Moves a card to `target`. Writes only the moved card (and one history entry).
 * Returns the moved card, or null when it was already there.
 */
export async function moveCard(cardId: string, target: MoveTarget): Promise<Card | null> {
  const { cards, history, plans } = db();
  return writeTogether([cards, history, plans], async () => {
    const card = await cards.get(cardId);
    if (!card) throw new StorageError('not-found');
    const laneCards = await cards.where('[planId+laneId]').equals([card.planId, target.laneId]);
    const move = planMove([card, ...(await laneCards.toArray())], cardId, target);
    if (!move) return null;
    const moved: Card = { ...card, ...move, updatedAt: Date.now() };
    await cards.put(moved);
    await record('card-move', card, moved);
    return moved;
  });
}

// Cards of a plan: list in order, add, move. Each change writes the card and its history entry
// in one transaction, so undo always matches what is stored.
import { planMove, type MoveTarget } from '../domain/moveCard';
import { keyAfter, sortByOrder } from '../domain/ordering';
import type { Card, ColourId, HistoryAction, PictureRef, RecordChange } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { recordChanges } from './historyRepo';
import { loadedSchemas } from './schemas';
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
  /** Supporters who help with it (e.g. an action agreed in a meeting). */
  helperIds?: string[];
  /** By when, as `YYYY-MM-DD`. */
  when?: string;
}

/** Records a change of one card and marks its plan as changed. */
async function record(action: HistoryAction, before: Card | null, after: Card): Promise<void> {
  const change: RecordChange = { table: 'cards', key: after.id, before, after };
  await recordChanges(after.planId, action, [change], after.updatedAt);
  await db().plans.update(after.planId, { updatedAt: after.updatedAt });
}

/** Adds a card at the end of its lane; returns it. */
export async function addCard(input: NewCard): Promise<Card> {
  const { cards, history, plans } = db();
  const now = Date.now();
  return writeTogether([cards, history, plans], async () => {
    const { cardSchema } = loadedSchemas();
    const plan = await plans.get(input.planId);
    if (!plan?.lanes.some((lane) => lane.id === input.laneId)) throw new StorageError('not-found');
    const laneCards = sortByOrder(
      await cards.where('[planId+laneId]').equals([input.planId, input.laneId]).toArray(),
    );
    const { helperIds, when, ...rest } = input;
    const parsed = cardSchema.safeParse({
      ...rest,
      ...(helperIds?.length ? { helperIds } : {}),
      ...(when ? { when } : {}),
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

/** One card, or undefined. */
export function getCard(id: string): Promise<Card | undefined> {
  return db().cards.get(id);
}

/** The fields of a card that can be edited (everything but where it is and when it was made). */
export type CardChange = Partial<Omit<Card, 'id' | 'planId' | 'laneId' | 'order' | 'createdAt'>>;

/**
 * Changes a card (words, colour, picture, steps, helpers, date, ratings, private…) and records
 * it for undo. `change` is merged into the stored card; a key set to undefined is removed.
 */
export async function updateCard(cardId: string, change: CardChange): Promise<Card> {
  const { cards, history, plans } = db();
  return writeTogether([cards, history, plans], async () => {
    const { cardSchema } = loadedSchemas();
    const card = await cards.get(cardId);
    if (!card) throw new StorageError('not-found');
    const merged = { ...card, ...change, updatedAt: Date.now() } as Card;
    for (const key of Object.keys(merged) as (keyof Card)[]) {
      if (merged[key] === undefined) delete merged[key];
    }
    const parsed = cardSchema.safeParse(merged);
    if (!parsed.success) throw new StorageError('invalid', parsed.error);
    const next = parsed.data as Card;
    await cards.put(next);
    await record('card-edit', card, next);
    return next;
  });
}

/** Removes a card; undo brings it back exactly as it was. Returns the removed card. */
export async function deleteCard(cardId: string): Promise<Card> {
  const { cards, history, plans } = db();
  return writeTogether([cards, history, plans], async () => {
    const card = await cards.get(cardId);
    if (!card) throw new StorageError('not-found');
    await cards.delete(cardId);
    const at = Date.now();
    await recordChanges(
      card.planId,
      'card-delete',
      [{ table: 'cards', key: card.id, before: card, after: null }],
      at,
    );
    await plans.update(card.planId, { updatedAt: at });
    return card;
  });
}

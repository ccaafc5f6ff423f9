// Where a card stands in its lane ("Card 2 of 5 in Now"), for screen readers. One place works it
// out, so a tile's description and the words spoken after a move, an add or an undo always agree.
import type { TFunction } from 'i18next';
import { sortByOrder } from '../domain/ordering';
import type { Card } from '../domain/types';

/** A card's place in its lane: `position` counts from 1; `count` is the number of cards there. */
export interface CardPlace {
  position: number;
  count: number;
}

/**
 * Where `card` stands among the cards of its lane, taking `card` as it is now (just moved, added
 * or brought back by undo) even when `cards` still hold it as it was, or not at all.
 */
export function placeOf(
  cards: readonly Card[],
  card: Pick<Card, 'id' | 'laneId' | 'order'>,
): CardPlace {
  const others = cards.filter((c) => c.laneId === card.laneId && c.id !== card.id);
  const lane = sortByOrder([...others, card]);
  return { position: lane.findIndex((c) => c.id === card.id) + 1, count: lane.length };
}

/** The description of a card tile: "Card 2 of 5 in Now." ("The only card in Now." for one). */
export function placeWords(t: TFunction, place: CardPlace, lane: string): string {
  return t('board.positionCard', { ...place, lane });
}

/** What is said after a move: "Swim is now in Later. It is card 1 of 3." */
export function movedWords(t: TFunction, words: string, place: CardPlace, lane: string): string {
  return t('board.positionMoved', { ...place, words, lane });
}

/** What is said when a new card comes to the board: "Swim is saved in Now. It is card 3 of 3." */
export function addedWords(t: TFunction, words: string, place: CardPlace, lane: string): string {
  return t('board.positionAdded', { ...place, words, lane });
}

/** The id of the hidden element that holds a card's place, for the tile's aria-describedby. */
export function placeId(cardId: string): string {
  return `card-place-${cardId}`;
}

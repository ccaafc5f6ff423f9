// What is dragged on a board, as react-dnd sees it.
import type { PictureRef } from '../domain/types';

/** The react-dnd type of a card being dragged. */
export const CARD = 'card';

/** The item carried while a card is dragged. */
export interface CardDragItem {
  cardId: string;
  words: string;
  picture: PictureRef;
  colour: string;
}

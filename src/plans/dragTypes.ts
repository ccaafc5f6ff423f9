// What is dragged on a board, as react-dnd sees it.

/** The react-dnd type of a card being dragged. */
export const CARD = 'card';

/** The item carried while a card is dragged. */
export interface CardDragItem {
  cardId: string;
  words: string;
  pictureSymbolId?: string;
  colour: string;
}

// Makes a card draggable. Thin on purpose: where it lands is decided in domain/moveCard.ts.
import { useDrag, type ConnectDragSource } from 'react-dnd';
import type { Card } from '../domain/types';
import { CARD, type CardDragItem } from './dragTypes';

/** Returns whether the card is being dragged and the ref to attach to it. */
export function useCardDrag(card: Card, isEnabled: boolean): [boolean, ConnectDragSource] {
  const [{ isDragging }, drag] = useDrag<CardDragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: CARD,
      item: {
        cardId: card.id,
        words: card.words,
        picture: card.picture,
        colour: card.colour,
      },
      canDrag: isEnabled,
      collect: (monitor) => ({ isDragging: monitor.isDragging() }),
    }),
    [card.id, card.words, card.picture, card.colour, isEnabled],
  );
  return [isDragging, drag];
}

// Makes a lane, or a place before a card, accept a dragged card.
import { useDrop, type ConnectDropTarget } from 'react-dnd';
import type { MoveTarget } from '../domain/moveCard';
import { CARD, type CardDragItem } from './dragTypes';

/** Returns whether a card hovers here and the ref to attach to the drop area. */
export function useCardDrop(
  target: MoveTarget,
  onDrop: (cardId: string, target: MoveTarget) => void,
): [boolean, ConnectDropTarget] {
  const [{ isOver }, drop] = useDrop<
    CardDragItem,
    { handled: true } | undefined,
    { isOver: boolean }
  >(
    () => ({
      accept: CARD,
      drop: (item, monitor) => {
        // A card is also inside a lane: only the innermost target takes the drop.
        if (monitor.didDrop()) return undefined;
        onDrop(item.cardId, target);
        return { handled: true };
      },
      collect: (monitor) => ({ isOver: monitor.isOver({ shallow: true }) }),
    }),
    [target.laneId, target.beforeCardId, onDrop],
  );
  return [isOver, drop];
}

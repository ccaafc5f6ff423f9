// The place after the last step: a step dragged here goes to the end of the list.
import { useStepDrag } from './useStepDrag';

/** A thin drop place under the steps; it has no meaning for keys or screen readers. */
export function StepsEnd({ onDrop }: { onDrop: (draggedId: string) => void }) {
  const { isOver, drop } = useStepDrag(null, (draggedId) => onDrop(draggedId));
  return (
    <div
      ref={(node) => {
        drop(node);
      }}
      className={`steps__end${isOver ? ' steps__end--over' : ''}`}
      aria-hidden="true"
    />
  );
}

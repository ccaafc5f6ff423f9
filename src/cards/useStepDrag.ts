// Makes a step draggable (mouse or finger) and a drop place: a step dropped on another goes just
// before it. Thin on purpose: where it lands is decided in domain/moveStep.ts.
import { useDrag, useDrop, type ConnectDragSource, type ConnectDropTarget } from 'react-dnd';

/** The react-dnd type of a step being dragged (steps only move within their own card). */
const STEP = 'card-step';

interface StepDragItem {
  stepId: string;
}

/** Drag source and drop target for the step `stepId` (null: the end of the list). */
export function useStepDrag(
  stepId: string | null,
  onDrop: (draggedId: string, beforeId: string | null) => void,
): { isOver: boolean; drag: ConnectDragSource; drop: ConnectDropTarget } {
  const [, drag] = useDrag<StepDragItem>(
    () => ({ type: STEP, item: { stepId: stepId ?? '' } }),
    [stepId],
  );
  const [{ isOver }, drop] = useDrop<StepDragItem, unknown, { isOver: boolean }>(
    () => ({
      accept: STEP,
      drop: (item) => onDrop(item.stepId, stepId),
      collect: (monitor) => ({ isOver: monitor.isOver() }),
    }),
    [stepId, onDrop],
  );
  return { isOver, drag, drop };
}

// What follows the finger during a touch drag (the mouse shows the browser's own preview).
import { usePreview } from 'react-dnd-multi-backend';
import { colourById } from '../domain/colours';
import type { ColourId } from '../domain/types';
import { PictureView } from '../pictures';
import type { CardDragItem } from './dragTypes';

/** A copy of the dragged card under the finger. */
export function CardDragPreview() {
  const preview = usePreview<CardDragItem, HTMLDivElement>();
  if (!preview.display) return null;
  const { item, style, ref } = preview;
  const colour = colourById(item.colour as ColourId);
  return (
    <div
      ref={ref}
      className="card card--preview"
      style={{ ...style, borderColor: colour.strong, backgroundColor: colour.light }}
      aria-hidden="true"
    >
      <PictureView picture={item.picture} alt="" size={72} />
      <span className="card__words">{item.words}</span>
    </div>
  );
}

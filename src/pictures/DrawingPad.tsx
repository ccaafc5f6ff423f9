// Draw a picture with a finger, a pen or a mouse: big colour and line buttons, undo a line,
// start again. Optional: anyone who cannot draw picks a library picture or a photo instead.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import {
  DRAWING_HEIGHT,
  DRAWING_WIDTH,
  PEN_COLOURS,
  PEN_WIDTHS,
  drawAll,
  drawStroke,
  type PenColourId,
  type PenWidthId,
  type Stroke,
} from './drawingStrokes';
import { PenChoices } from './PenChoices';
import './pictures.css';

interface DrawingPadProps {
  /** Called with the lines when the person says "Use this drawing" (at least one line). */
  onUse: (strokes: readonly Stroke[]) => void;
  isBusy?: boolean;
}

const NO_STROKES: Stroke[] = [];

/** Where a pointer is, in drawing pixels (the canvas may be shown at any size). */
function pointOn(canvas: HTMLCanvasElement, clientX: number, clientY: number) {
  const box = canvas.getBoundingClientRect();
  return {
    x: ((clientX - box.left) / box.width) * DRAWING_WIDTH,
    y: ((clientY - box.top) / box.height) * DRAWING_HEIGHT,
  };
}

/** A white page to draw on, with pen choices and "Undo line", "Start again", "Use this drawing". */
export function DrawingPad({ onUse, isBusy = false }: DrawingPadProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const current = useRef<{ pointerId: number; stroke: Stroke }>(undefined);
  // Every state of the page, oldest first: undo goes back one (also after "Start again").
  const [pages, setPages] = useState<Stroke[][]>([[]]);
  const [colour, setColour] = useState<PenColourId>('black');
  const [width, setWidth] = useState<PenWidthId>('thick');
  const [isEmptyWarned, setIsEmptyWarned] = useState(false);
  const strokes = pages[pages.length - 1] ?? NO_STROKES;

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (context) drawAll(context, strokes);
  }, [strokes]);

  function handlePointerDown(event: PointerEvent<HTMLCanvasElement>) {
    if (current.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    const canvas = event.currentTarget;
    canvas.setPointerCapture(event.pointerId);
    const value = PEN_COLOURS.find((entry) => entry.id === colour)?.value ?? '#000000';
    const point = pointOn(canvas, event.clientX, event.clientY);
    const stroke: Stroke = { colour: value, width: PEN_WIDTHS[width], points: [point] };
    current.current = { pointerId: event.pointerId, stroke };
    const context = canvas.getContext('2d');
    if (context) drawStroke(context, stroke);
    setIsEmptyWarned(false);
  }

  function handlePointerMove(event: PointerEvent<HTMLCanvasElement>) {
    const drawing = current.current;
    if (!drawing || drawing.pointerId !== event.pointerId) return;
    const canvas = event.currentTarget;
    const { points } = drawing.stroke;
    const from = points.length - 1;
    // Coalesced events keep fast finger lines smooth on slow tablets.
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const each of coalesced.length ? coalesced : [event.nativeEvent]) {
      points.push(pointOn(canvas, each.clientX, each.clientY));
    }
    const context = canvas.getContext('2d');
    if (context) drawStroke(context, { ...drawing.stroke, points: points.slice(from) });
  }

  function handlePointerEnd(event: PointerEvent<HTMLCanvasElement>) {
    const drawing = current.current;
    if (!drawing || drawing.pointerId !== event.pointerId) return;
    current.current = undefined;
    setPages((previous) => [
      ...previous,
      [...(previous[previous.length - 1] ?? []), drawing.stroke],
    ]);
  }

  function handleUse() {
    if (strokes.length === 0) return setIsEmptyWarned(true);
    onUse(strokes);
  }

  return (
    <div className="drawing">
      <p className="drawing__hint">{t('pictures.drawing.hint')}</p>
      <div className="drawing__paper" role="img" aria-label={t('pictures.drawing.canvas')}>
        <canvas
          ref={canvasRef}
          className="drawing__canvas"
          width={DRAWING_WIDTH}
          height={DRAWING_HEIGHT}
          onPointerDown={handlePointerDown}
          onPointerMove={handlePointerMove}
          onPointerUp={handlePointerEnd}
          onPointerCancel={handlePointerEnd}
        />
      </div>
      <PenChoices colour={colour} width={width} onColour={setColour} onWidth={setWidth} />
      <div className="drawing__actions">
        <Button
          symbolId="21a9"
          onClick={() => setPages((previous) => previous.slice(0, -1))}
          disabled={pages.length <= 1}
        >
          {t('pictures.drawing.undo')}
        </Button>
        <Button
          symbolId="1f5d1"
          onClick={() => setPages((previous) => [...previous, []])}
          disabled={strokes.length === 0}
        >
          {t('pictures.drawing.clear')}
        </Button>
        <Button symbolId="2705" variant="primary" onClick={handleUse} disabled={isBusy}>
          {t('pictures.drawing.use')}
        </Button>
      </div>
      {isEmptyWarned ? (
        <Message tone="warning" isUrgent>
          {t('pictures.drawing.empty')}
        </Message>
      ) : null}
    </div>
  );
}

// The lines of a drawing, kept as points so they can be drawn again after "Undo line" and
// exported at a fixed size whatever the size of the screen they were drawn on.
import { MAX_DRAWING_EDGE } from './imageFacts';
import { encodeSurface, type ImportedImage } from './photoImport';

/** The drawing's own size in pixels (4:3, like a tablet held sideways); exported as it is. */
export const DRAWING_WIDTH = MAX_DRAWING_EDGE;
export const DRAWING_HEIGHT = (MAX_DRAWING_EDGE * 3) / 4;

/** The pen colours, by name (each name has words in `pictures.drawing.colours.<id>`). */
export const PEN_COLOURS = [
  { id: 'black', value: '#1b1b1b' },
  { id: 'red', value: '#d32f2f' },
  { id: 'blue', value: '#1d4ed8' },
  { id: 'green', value: '#15803d' },
  { id: 'yellow', value: '#f5c400' },
] as const;

export type PenColourId = (typeof PEN_COLOURS)[number]['id'];

/** The two line widths, in drawing pixels. */
export const PEN_WIDTHS = { thin: 10, thick: 30 } as const;

export type PenWidthId = keyof typeof PEN_WIDTHS;

/** One line: from pen down to pen up. Points are in drawing pixels. */
export interface Stroke {
  colour: string;
  width: number;
  points: { x: number; y: number }[];
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws one line (a dot when it has a single point). */
export function drawStroke(context: Context2D, stroke: Stroke): void {
  const [first, ...rest] = stroke.points;
  if (!first) return;
  context.strokeStyle = stroke.colour;
  context.fillStyle = stroke.colour;
  context.lineWidth = stroke.width;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  if (rest.length === 0) {
    context.beginPath();
    context.arc(first.x, first.y, stroke.width / 2, 0, Math.PI * 2);
    context.fill();
    return;
  }
  context.beginPath();
  context.moveTo(first.x, first.y);
  for (const point of rest) context.lineTo(point.x, point.y);
  context.stroke();
}

/** Paints white paper and every line on it. */
export function drawAll(context: Context2D, strokes: readonly Stroke[]): void {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, DRAWING_WIDTH, DRAWING_HEIGHT);
  for (const stroke of strokes) drawStroke(context, stroke);
}

/** The drawing as PNG bytes (lines on white compress far better as PNG than as JPEG). */
export async function exportDrawing(strokes: readonly Stroke[]): Promise<ImportedImage> {
  const surface =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(DRAWING_WIDTH, DRAWING_HEIGHT)
      : Object.assign(document.createElement('canvas'), {
          width: DRAWING_WIDTH,
          height: DRAWING_HEIGHT,
        });
  const context = surface.getContext('2d') as Context2D | null;
  if (!context) throw new Error('no 2d canvas');
  drawAll(context, strokes);
  const bytes = await encodeSurface(surface, 'image/png');
  return { bytes, mime: 'image/png', width: DRAWING_WIDTH, height: DRAWING_HEIGHT };
}

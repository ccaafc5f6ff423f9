// The pen of the drawing pad: a few big colour buttons with their names, and a thin or thick line.
// Each button shows what it gives: a dot of the very colour, a line of the very width.
import { useTranslation } from 'react-i18next';
import { PEN_COLOURS, PEN_WIDTHS, type PenColourId, type PenWidthId } from './drawingStrokes';

interface PenChoicesProps {
  colour: PenColourId;
  width: PenWidthId;
  onColour: (colour: PenColourId) => void;
  onWidth: (width: PenWidthId) => void;
}

/** Two groups of toggle buttons; the chosen colour and line are pressed. */
export function PenChoices({ colour, width, onColour, onWidth }: PenChoicesProps) {
  const { t } = useTranslation();
  const ink = PEN_COLOURS.find((entry) => entry.id === colour)?.value;
  return (
    <div className="pen">
      <div className="pen__group" role="group" aria-label={t('pictures.drawing.colour')}>
        {PEN_COLOURS.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="pen__choice"
            aria-pressed={colour === entry.id}
            onClick={() => onColour(entry.id)}
          >
            <span
              className="pen__swatch"
              style={{ backgroundColor: entry.value }}
              aria-hidden="true"
            />
            <span>{t(`pictures.drawing.colours.${entry.id}`)}</span>
          </button>
        ))}
      </div>
      <div className="pen__group" role="group" aria-label={t('pictures.drawing.line')}>
        {(Object.keys(PEN_WIDTHS) as PenWidthId[]).map((id) => (
          <button
            key={id}
            type="button"
            className="pen__choice"
            aria-pressed={width === id}
            onClick={() => onWidth(id)}
          >
            <span
              className="pen__line"
              // The sample line at a third of its drawn width (the page is shown smaller too).
              style={{ blockSize: Math.round(PEN_WIDTHS[id] / 3), backgroundColor: ink }}
              aria-hidden="true"
            />
            <span>{t(`pictures.drawing.${id}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

// What each colour means in this plan (e.g. green = "I want this"), shown above the board so
// the colours of the cards can be read by everyone — also by people who cannot tell them apart.
import { useTranslation } from 'react-i18next';
import { colourById } from '../domain/colours';
import type { LegendEntry } from '../domain/types';

/** The plan's colour legend: a swatch, the colour's name and its meaning. */
export function BoardLegend({ legend }: { legend: readonly LegendEntry[] }) {
  const { t } = useTranslation();
  if (legend.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('board.legend')}>
      {legend.map((entry) => (
        <li key={entry.colour} className="legend__entry">
          <span
            className="legend__swatch"
            style={{ backgroundColor: colourById(entry.colour).strong }}
            aria-hidden="true"
          />
          <span className="legend__name">{t(`colours.${entry.colour}`)}</span>
          <span>{entry.meaning ?? (entry.meaningKey ? t(entry.meaningKey) : '')}</span>
        </li>
      ))}
    </ul>
  );
}

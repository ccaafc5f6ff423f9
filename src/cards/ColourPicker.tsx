// Choose a card's colour: each colour shown as a swatch with its name and what it means in this plan.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOURS } from '../domain/colours';
import type { ColourId, LegendEntry } from '../domain/types';

interface ColourPickerProps {
  value: ColourId;
  legend: readonly LegendEntry[];
  onChange: (colour: ColourId) => void;
}

/** A group of radio buttons, one per colour. */
export function ColourPicker({ value, legend, onChange }: ColourPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field colours">
      <legend>{t('cards.colour')}</legend>
      <div className="colours__options">
        {COLOURS.map((colour) => {
          const entry = legend.find((item) => item.colour === colour.id);
          const meaning = entry?.meaning ?? (entry?.meaningKey ? t(entry.meaningKey) : undefined);
          return (
            <label key={colour.id} className="colours__option">
              <input
                type="radio"
                name={name}
                value={colour.id}
                checked={value === colour.id}
                onChange={() => onChange(colour.id)}
              />
              <span
                className="colours__swatch"
                style={{ backgroundColor: colour.strong }}
                aria-hidden="true"
              />
              <span className="colours__name">{t(`colours.${colour.id}`)}</span>
              {meaning ? <span className="colours__meaning">{meaning}</span> : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

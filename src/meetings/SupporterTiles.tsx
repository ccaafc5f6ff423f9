// The person's supporters as big photo tiles to tap on and off: who takes part in a meeting,
// who helps with an action, who wants to write a note. A tile says who someone is (their role).
import { useTranslation } from 'react-i18next';
import type { Supporter } from '../domain/types';
import { PictureView } from '../pictures';
import { SymbolImage } from '../ui/SymbolImage';

interface SupporterTilesProps {
  supporters: readonly Supporter[];
  /** The ids of the tiles that are on. */
  chosenIds: readonly string[];
  /** Name of the list, for screen readers. */
  label: string;
  onToggle: (supporter: Supporter, isOn: boolean) => void;
}

/** A list of supporter tiles; each is a toggle button (pressed = chosen). */
export function SupporterTiles({ supporters, chosenIds, label, onToggle }: SupporterTilesProps) {
  const { t } = useTranslation();
  return (
    <ul className="people-tiles" aria-label={label}>
      {supporters.map((supporter) => {
        const isOn = chosenIds.includes(supporter.id);
        return (
          <li key={supporter.id}>
            <button
              type="button"
              className="person-tile"
              aria-pressed={isOn}
              onClick={() => onToggle(supporter, !isOn)}
            >
              <PictureView picture={supporter.picture} alt="" size={96} />
              <span className="person-tile__name">{supporter.name}</span>
              {supporter.role ? (
                <span className="person-tile__role">{t(`meeting.role.${supporter.role}`)}</span>
              ) : null}
              <span className="person-tile__mark" aria-hidden="true">
                {isOn ? <SymbolImage symbolId="2705" alt="" size={36} /> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

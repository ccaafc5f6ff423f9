// The person's supporters as big photo tiles to tap on and off: who takes part in a meeting,
// who helps with an action, who wants to write a note. A tile says who someone is (their role).
import { useTranslation } from 'react-i18next';
import type { Supporter } from '../domain/types';
import { PictureView } from '../pictures';
import { TickTiles } from '../ui/TickTiles';

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
    <TickTiles
      items={supporters}
      tileOf={(supporter) => ({
        id: supporter.id,
        picture: <PictureView picture={supporter.picture} alt="" size={96} />,
        name: supporter.name,
        detail: supporter.role ? t(`meeting.role.${supporter.role}`) : undefined,
      })}
      chosenIds={chosenIds}
      label={label}
      onToggle={onToggle}
    />
  );
}

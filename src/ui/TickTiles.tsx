// Big picture tiles to tap on and off, each a toggle button with a tick when it is on: which
// plans a meeting looks at, who takes part, who helps with a card.
import type { ReactNode } from 'react';
import { SymbolImage } from './SymbolImage';

/** What one tile shows. */
export interface TickTile {
  id: string;
  /** The tile's big picture (decorative: the name says who or what it is). */
  picture: ReactNode;
  name: string;
  /** A second line under the name (a supporter's role). */
  detail?: string;
}

interface TickTilesProps<T> {
  items: readonly T[];
  tileOf: (item: T) => TickTile;
  /** The ids of the tiles that are on. */
  chosenIds: readonly string[];
  /** Name of the list, for screen readers. */
  label: string;
  onToggle: (item: T, isOn: boolean) => void;
  /** Class of the list and block class of each tile (`<tile>__name`, `<tile>__mark`…). */
  listClass?: string;
  tileClass?: string;
  markSize?: number;
}

/** A list of tiles; each is a toggle button (pressed = chosen). */
export function TickTiles<T>({
  items,
  tileOf,
  chosenIds,
  label,
  onToggle,
  listClass = 'people-tiles',
  tileClass = 'person-tile',
  markSize = 36,
}: TickTilesProps<T>) {
  return (
    <ul className={listClass} aria-label={label}>
      {items.map((item) => {
        const { id, picture, name, detail } = tileOf(item);
        const isOn = chosenIds.includes(id);
        return (
          <li key={id}>
            <button
              type="button"
              className={tileClass}
              aria-pressed={isOn}
              onClick={() => onToggle(item, !isOn)}
            >
              {picture}
              <span className={`${tileClass}__name`}>{name}</span>
              {detail ? <span className={`${tileClass}__role`}>{detail}</span> : null}
              <span className={`${tileClass}__mark`} aria-hidden="true">
                {isOn ? <SymbolImage symbolId="2705" alt="" size={markSize} /> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

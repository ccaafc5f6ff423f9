// While a card is picked up, its arrow keys still work in the moment its tile is drawn again in
// another lane: the old button is gone and the focus is on the page for a moment. The tile
// handles keys while it has the focus; this catches the ones that land on the page meanwhile.
import { useEffect } from 'react';
import type { Step } from '../domain/moveCard';
import type { Card } from '../domain/types';
import { handlePickedKey } from './CardTile';

/** Steps or puts down the picked card on keys that reach the page instead of a control. */
export function usePickedKeys(
  picked: Card | undefined,
  onStep: (card: Card, step: Step) => void,
  onCancel: () => void,
): void {
  useEffect(() => {
    if (!picked) return undefined;
    const card = picked;
    function handleKeyDown(event: KeyboardEvent) {
      const active = document.activeElement;
      if (event.defaultPrevented || (active && active !== document.body)) return;
      handlePickedKey(event, (step) => onStep(card, step), onCancel);
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [picked, onStep, onCancel]);
}

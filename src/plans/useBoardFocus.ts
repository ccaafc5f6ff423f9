// Where the keyboard focus goes on a board when something else took it away: the new card after
// "Save the card", the link that opened a card or the new-card screen on the way back, and the
// other history button when Undo (or Redo) can do no more.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import type { Card, Plan } from '../domain/types';
import type { UndoState } from '../storage';
import { clearFlash, useFlash } from '../ui/flash';
import { addedWords, placeOf } from './cardPlace';
import { laneTitle } from './planTitle';

/** Per plan: the link on the board that was last followed (its href), to go back to it. */
const followed = new Map<string, string>();
/** The address (hash) of the screen shown before the one now: was it the followed link's? */
let cameFrom = '';
let isWatching = false;

function watchWhereFrom() {
  if (isWatching) return;
  isWatching = true;
  window.addEventListener('hashchange', (event) => {
    // A hashchange made by a script may come without the old address.
    cameFrom = URL.canParse(event.oldURL) ? new URL(event.oldURL).hash : '';
  });
}

/** Puts the focus back where a keyboard user expects it on the board (see above). */
export function useBoardFocus(
  plan: Plan | null | undefined,
  cards: Card[] | undefined,
  undoState: UndoState | undefined,
  requestFocus: (cardId: string) => void,
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const flash = useFlash();
  const isShown = Boolean(plan && cards);
  const planId = plan?.id;

  // A new card: focus on it and say where it is. (Effects run after the screen put the focus on
  // its title, so this comes last.)
  useEffect(() => {
    if (!plan || !cards || flash?.kind !== 'card-added' || flash.planId !== plan.id) return;
    const card = cards.find((c) => c.id === flash.cardId);
    const lane = plan.lanes.find((l) => l.id === card?.laneId);
    if (!card || !lane) return;
    clearFlash();
    requestFocus(card.id);
    announce(addedWords(t, card.words, placeOf(cards, card), laneTitle(lane, t)));
  }, [announce, cards, flash, plan, requestFocus, t]);

  // Back from a card or the new-card screen (straight back, not by another way): focus on the
  // link that opened it, if it is still there.
  const isRestored = useRef(false);
  useEffect(() => {
    if (!planId || !isShown || isRestored.current) return;
    isRestored.current = true;
    const href = followed.get(planId);
    if (!href || href !== cameFrom || flash?.kind === 'card-added') return;
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.board a[href]')].find(
      (a) => a.getAttribute('href') === href,
    );
    link?.focus();
  }, [flash, isShown, planId]);

  useEffect(() => {
    if (!planId) return;
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link?.closest('.board')) return;
      followed.set(planId, link.getAttribute('href') ?? '');
      watchWhereFrom();
    };
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, [planId]);

  // Undo (or Redo) just got disabled under the focus: the focus moves to the other one.
  useEffect(() => {
    const active = document.activeElement;
    const which = active instanceof HTMLElement ? active.dataset.history : undefined;
    if (!which || !(active as HTMLButtonElement).disabled) return;
    const other = which === 'undo' ? 'redo' : 'undo';
    document.querySelector<HTMLButtonElement>(`[data-history="${other}"]:not(:disabled)`)?.focus();
  }, [undoState]);
}

// What a person can do on a board: pick a card, place it, step it with keys, undo and redo.
// Each action is stored at once and spoken to screen readers with the card's new place. The card
// handlers keep their identity across renders, so moving one card does not re-render every card.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { stepTarget, type MoveTarget, type Step } from '../domain/moveCard';
import type { Card, HistoryEntry, Plan } from '../domain/types';
import { listCards, moveCard, redo, StorageError, undo } from '../storage';
import { movedWords, placeOf } from './cardPlace';
import { laneTitle } from './planTitle';

/**
 * The card an undo or redo put in a new place (a move taken back, a removed card brought back),
 * as it is after the change; undefined when no card changed its place.
 */
function placedCard(entry: HistoryEntry, isRedo: boolean, cards: readonly Card[]) {
  const [change, ...more] = entry.changes;
  if (more.length || change?.table !== 'cards') return undefined;
  const card = isRedo ? change.after : change.before;
  const now = cards.find((c) => c.id === card?.id);
  return card && (now?.laneId !== card.laneId || now.order !== card.order) ? card : undefined;
}

/** The board's state and handlers. */
export function useBoardActions(plan: Plan | null | undefined, cards: Card[] | undefined) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [pickedId, setPickedId] = useState<string>();
  const [focus, setFocus] = useState<{ cardId: string; n: number }>();
  const [problem, setProblem] = useState<string>();

  const laneName = useCallback(
    (laneId: string) => {
      const lane = plan?.lanes.find((l) => l.id === laneId);
      return lane ? laneTitle(lane, t) : '';
    },
    [plan, t],
  );

  /** Puts the focus on a card, now or as soon as its tile is there (it may be coming back). */
  const requestFocus = useCallback((cardId: string) => {
    setFocus((previous) => ({ cardId, n: (previous?.n ?? 0) + 1 }));
  }, []);

  const fail = useCallback(
    (error: unknown) => {
      const message = t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`);
      setProblem(message);
      announce(message);
    },
    [announce, t],
  );

  const move = useCallback(
    async (cardId: string, target: MoveTarget, keepPicked = false, stored = cards) => {
      setProblem(undefined);
      try {
        const moved = await moveCard(cardId, target);
        if (!keepPicked) setPickedId(undefined);
        requestFocus(cardId);
        if (moved) {
          const place = placeOf(stored ?? [], moved);
          announce(movedWords(t, moved.words, place, laneName(moved.laneId)));
        }
      } catch (error) {
        fail(error);
      }
    },
    [announce, cards, fail, laneName, requestFocus, t],
  );

  const handleActivate = useCallback(
    (card: Card) => {
      if (pickedId === card.id) {
        setPickedId(undefined);
        announce(t('board.putDown', { words: card.words }));
      } else if (pickedId) {
        void move(pickedId, { laneId: card.laneId, beforeCardId: card.id });
      } else {
        setPickedId(card.id);
        announce(t('board.picked', { words: card.words }));
      }
    },
    [announce, move, pickedId, t],
  );

  // Steps wait for each other and read the cards as stored: a quick second arrow key starts
  // from where the first one put the card, not from a screen that is not redrawn yet.
  const steps = useRef(Promise.resolve());
  const handleStep = useCallback(
    (card: Card, step: Step) => {
      if (!plan) return;
      steps.current = steps.current.then(async () => {
        try {
          const stored = await listCards(plan.id);
          const target = stepTarget(stored, plan.lanes, card.id, step);
          if (target) await move(card.id, target, true, stored);
          else announce(t('board.cannotMove'));
        } catch (error) {
          fail(error);
        }
      });
    },
    [announce, fail, move, plan, t],
  );

  // "Stop moving" in the message above the board goes away: the focus goes back to the card.
  const handleCancel = useCallback(() => {
    if (pickedId) requestFocus(pickedId);
    setPickedId(undefined);
    announce(t('board.cancelled'));
  }, [announce, pickedId, requestFocus, t]);

  const handleUndo = useCallback(
    async (isRedo: boolean, isFocusOnCard = false) => {
      if (!plan) return;
      setProblem(undefined);
      setPickedId(undefined);
      // A card that comes back must not take the focus from the Undo button by itself.
      setFocus(undefined);
      try {
        const entry = await (isRedo ? redo(plan.id) : undo(plan.id));
        if (!entry) return;
        const done = t(isRedo ? 'board.redone' : 'board.undone');
        const card = placedCard(entry, isRedo, cards ?? []);
        if (!card) return announce(done);
        const place = placeOf(cards ?? [], card);
        announce(`${done} ${movedWords(t, card.words, place, laneName(card.laneId))}`);
        if (isFocusOnCard) requestFocus(card.id);
      } catch (error) {
        fail(error);
      }
    },
    [announce, cards, fail, laneName, plan, requestFocus, t],
  );

  const latest = useRef({ handleActivate, handleStep, handleCancel, move, pickedId });
  useLayoutEffect(() => {
    latest.current = { handleActivate, handleStep, handleCancel, move, pickedId };
  });
  // Stable wrappers that call the newest handlers (memoised cards compare them by identity).
  const stable = useMemo(
    () => ({
      handleActivate: (card: Card) => latest.current.handleActivate(card),
      handleStep: (card: Card, step: Step) => latest.current.handleStep(card, step),
      handleCancel: () => latest.current.handleCancel(),
      handlePlace: (target: MoveTarget) => {
        const { pickedId: picked, move: moveNow } = latest.current;
        if (picked) void moveNow(picked, target);
      },
      handleDrop: (cardId: string, target: MoveTarget) => void latest.current.move(cardId, target),
    }),
    [],
  );

  return {
    pickedId,
    focus,
    problem,
    fail,
    ...stable,
    requestFocus,
    /** Undo; `isFocusOnCard` when the button that asked goes away (the "Card removed" message). */
    handleUndo: (isFocusOnCard = false) => void handleUndo(false, isFocusOnCard),
    handleRedo: () => void handleUndo(true),
  };
}

// What a person can do on a board: pick a card, place it, step it with keys, undo and redo.
// Each action is stored at once and spoken to screen readers. The card handlers keep their
// identity across renders, so picking up or moving one card does not re-render every card.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { stepTarget, type MoveTarget, type Step } from '../domain/moveCard';
import type { Card, Plan } from '../domain/types';
import { moveCard, redo, StorageError, undo } from '../storage';
import { laneTitle } from './planTitle';

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

  const fail = useCallback(
    (error: unknown) => {
      const message = t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`);
      setProblem(message);
      announce(message);
    },
    [announce, t],
  );

  const move = useCallback(
    async (cardId: string, target: MoveTarget, keepPicked = false) => {
      setProblem(undefined);
      try {
        const moved = await moveCard(cardId, target);
        if (!keepPicked) setPickedId(undefined);
        setFocus((previous) => ({ cardId, n: (previous?.n ?? 0) + 1 }));
        if (moved) announce(t('board.moved', { words: moved.words, lane: laneName(moved.laneId) }));
      } catch (error) {
        fail(error);
      }
    },
    [announce, fail, laneName, t],
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

  const handleStep = useCallback(
    (card: Card, step: Step) => {
      const target = plan && cards ? stepTarget(cards, plan.lanes, card.id, step) : null;
      if (target) void move(card.id, target, true);
      else announce(t('board.cannotMove'));
    },
    [announce, cards, move, plan, t],
  );

  const handleCancel = useCallback(() => {
    setPickedId(undefined);
    announce(t('board.cancelled'));
  }, [announce, t]);

  const handleUndo = useCallback(
    async (isRedo: boolean) => {
      if (!plan) return;
      setProblem(undefined);
      setPickedId(undefined);
      try {
        const entry = await (isRedo ? redo(plan.id) : undo(plan.id));
        if (entry) announce(t(isRedo ? 'board.redone' : 'board.undone'));
      } catch (error) {
        fail(error);
      }
    },
    [announce, fail, plan, t],
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
    handleUndo: () => void handleUndo(false),
    handleRedo: () => void handleUndo(true),
  };
}

// What a person can do on a board: pick a card, place it, step it with keys, undo and redo.
// Each action is stored at once and spoken to screen readers with the card's new place. The card
// handlers keep their identity across renders, so moving one card does not re-render every card.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { planMove, stepTarget, type MoveTarget, type Step } from '../domain/moveCard';
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

/**
 * A move shown before it is stored: the card's new lane and key, and once written, when. A cheap
 * tablet takes a few hundred milliseconds to store a move and read the plan back; the card goes
 * to its new place at once instead.
 */
interface ShownMove {
  cardId: string;
  laneId: string;
  order: string;
  /** Once the move is written: the stored cards the board had then. Any newer read holds it. */
  writtenOver?: readonly Card[];
}

/** The cards as stored, with a move that is on its way to storage already in its new place. */
function withMove(cards: Card[] | undefined, shown: ShownMove | undefined) {
  if (!cards || !shown) return cards;
  return cards.map((card) =>
    card.id === shown.cardId ? { ...card, laneId: shown.laneId, order: shown.order } : card,
  );
}

/** The board's state and handlers; `cards` are the cards to show (a move shows at once). */
export function useBoardActions(plan: Plan | null | undefined, stored: Card[] | undefined) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [shownMove, setShownMove] = useState<ShownMove>();
  // The stored cards win again as soon as they hold the move, or are read again after it was
  // written (another tab may have moved the card since).
  const storedCard = shownMove && stored?.find((card) => card.id === shownMove.cardId);
  if (
    shownMove &&
    (!storedCard ||
      (storedCard.laneId === shownMove.laneId && storedCard.order === shownMove.order) ||
      (shownMove.writtenOver !== undefined && shownMove.writtenOver !== stored))
  ) {
    setShownMove(undefined); // adjusts state while rendering, as React advises
  }
  const latestStored = useRef(stored);
  useLayoutEffect(() => {
    latestStored.current = stored;
  });
  const cards = useMemo(() => withMove(stored, shownMove), [stored, shownMove]);
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
    async (cardId: string, target: MoveTarget, keepPicked = false, before = cards) => {
      setProblem(undefined);
      const planned = planMove(before ?? [], cardId, target);
      if (planned) {
        setShownMove({ cardId, ...planned });
        if (!keepPicked) setPickedId(undefined);
      }
      try {
        const moved = await moveCard(cardId, target);
        if (!keepPicked) setPickedId(undefined);
        requestFocus(cardId);
        const writtenOver = latestStored.current;
        setShownMove((shown) =>
          shown?.cardId !== cardId
            ? shown
            : moved && writtenOver
              ? { cardId, laneId: moved.laneId, order: moved.order, writtenOver }
              : undefined,
        );
        if (moved) {
          const place = placeOf(before ?? [], moved);
          announce(movedWords(t, moved.words, place, laneName(moved.laneId)));
        }
      } catch (error) {
        setShownMove((shown) => (shown?.cardId === cardId ? undefined : shown));
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
      setShownMove(undefined); // the stored cards show what undo changes
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
    cards,
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

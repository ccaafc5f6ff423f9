// What can be done with a card's steps: tick, move, remove, add. Each is stored at once, from the
// card as stored (so quick taps never undo each other), and spoken to screen readers.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import {
  appendStep,
  moveStep,
  moveStepBefore,
  stepPlace,
  type StepDirection,
} from '../domain/moveStep';
import { sortByOrder } from '../domain/ordering';
import type { Card, CardStep } from '../domain/types';
import { useCardChange } from './useCardChange';

/** Which step should take focus, and on which of its controls (a new number each time). */
export interface StepFocus {
  stepId: string;
  control: 'move' | 'up' | 'down';
  n: number;
}

/** The state and handlers of the steps list of card `cardId`. */
export function useStepActions(cardId: string) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { change, problem } = useCardChange(cardId);
  const [pickedId, setPickedId] = useState<string>();
  const [focus, setFocus] = useState<StepFocus>();

  const stepsOf = (card: Card) => sortByOrder(card.steps ?? []);

  /** Says where a step now stands: "Step 2 of 4: Go to the pool." */
  const announcePlace = useCallback(
    (card: Card, stepId: string) => {
      const step = card.steps?.find((item) => item.id === stepId);
      const place = stepPlace(card.steps ?? [], stepId);
      if (!step || !place) return announce(t('cardScreen.steps.cannotMove'));
      announce(
        t('cardScreen.steps.place', { index: place.index, total: place.count, words: step.words }),
      );
    },
    [announce, t],
  );

  const handleTick = useCallback(
    (step: CardStep, isDone: boolean) =>
      change(
        (card) => ({ steps: stepsOf(card).map((s) => (s.id === step.id ? { ...s, isDone } : s)) }),
        () =>
          t(isDone ? 'cardScreen.steps.ticked' : 'cardScreen.steps.unticked', {
            words: step.words,
          }),
      ),
    [change, t],
  );

  const handleMove = useCallback(
    async (step: CardStep, direction: StepDirection, control: StepFocus['control']) => {
      let hasMoved = false;
      const saved = await change((card) => {
        const steps = moveStep(card.steps ?? [], step.id, direction);
        hasMoved = steps !== null;
        return steps ? { steps } : null;
      });
      if (!saved) return;
      setFocus((previous) => ({ stepId: step.id, control, n: (previous?.n ?? 0) + 1 }));
      if (hasMoved) announcePlace(saved, step.id);
      else announce(t('cardScreen.steps.cannotMove'));
    },
    [announce, announcePlace, change, t],
  );

  const handleDrop = useCallback(
    async (stepId: string, beforeId: string | null) => {
      const saved = await change((card) => {
        const steps = moveStepBefore(card.steps ?? [], stepId, beforeId);
        return steps ? { steps } : null;
      });
      if (saved) announcePlace(saved, stepId);
    },
    [announcePlace, change],
  );

  const handlePick = useCallback(
    (step: CardStep) => {
      const isPicking = pickedId !== step.id;
      setPickedId(isPicking ? step.id : undefined);
      announce(
        t(isPicking ? 'cardScreen.steps.picked' : 'cardScreen.steps.putDown', {
          words: step.words,
        }),
      );
    },
    [announce, pickedId, t],
  );

  const handlePutDown = useCallback(
    (step: CardStep) => {
      setPickedId(undefined);
      announce(t('cardScreen.steps.putDown', { words: step.words }));
    },
    [announce, t],
  );

  /** Removes a step; resolves to whether another step is left to take focus. */
  const handleRemove = useCallback(
    async (step: CardStep): Promise<boolean> => {
      if (pickedId === step.id) setPickedId(undefined);
      let neighbourId: string | undefined;
      const saved = await change(
        (card) => {
          const steps = stepsOf(card);
          const index = steps.findIndex((s) => s.id === step.id);
          if (index < 0) return null;
          neighbourId = (steps[index + 1] ?? steps[index - 1])?.id;
          return { steps: steps.filter((s) => s.id !== step.id) };
        },
        () => t('cardScreen.steps.removed', { words: step.words }),
      );
      const stepId = neighbourId;
      if (!saved || !stepId) return false;
      setFocus((previous) => ({ stepId, control: 'move', n: (previous?.n ?? 0) + 1 }));
      return true;
    },
    [change, pickedId, t],
  );

  const handleAdd = useCallback(
    (step: Omit<CardStep, 'order' | 'isDone'>) =>
      change(
        (card) => ({ steps: appendStep(card.steps ?? [], step) }),
        () => t('cardScreen.steps.added', { words: step.words }),
      ),
    [change, t],
  );

  return {
    pickedId,
    focus,
    problem,
    handleTick,
    handleMove,
    handleDrop,
    handlePick,
    handlePutDown,
    handleRemove,
    handleAdd,
  };
}

// How each part of the card screen saves: one change at a time, a spoken confirmation, and a
// plain message when it did not work (nothing stored is changed then).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import type { Card } from '../domain/types';
import { StorageError, type CardChange } from '../storage';
import { changeCard } from './cardWriter';

/** What a card section needs to save: `change` and the problem of the last failed change. */
export interface CardChanger {
  /**
   * Applies `decide` to the stored card and saves it. `said` turns the saved card into words
   * for screen readers. Resolves to the saved card, or undefined when it failed.
   */
  change: (
    decide: (card: Card) => CardChange | null,
    said?: (card: Card) => string | undefined,
  ) => Promise<Card | undefined>;
  problem?: string;
}

/** Saves changes of card `cardId` for one section of the screen. */
export function useCardChange(cardId: string): CardChanger {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string>();
  const change = useCallback<CardChanger['change']>(
    async (decide, said) => {
      try {
        const card = await changeCard(cardId, decide);
        setProblem(undefined);
        const words = said?.(card);
        if (words) announce(words);
        return card;
      } catch (error) {
        setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
        return undefined;
      }
    },
    [announce, cardId, t],
  );
  return { change, problem };
}

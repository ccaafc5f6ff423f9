// Delete the card: no question asked (the board offers "Undo" right away), then back to the board.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { navigate } from '../app/routes';
import type { Card } from '../domain/types';
import { StorageError } from '../storage';
import { Button } from '../ui/Button';
import { showFlash } from '../ui/flash';
import { removeCard } from './cardWriter';
import { ProblemMessage } from '../ui/ProblemMessage';

interface CardDeleteProps {
  card: Card;
  personId: string;
}

/** The "Delete the card" button. */
export function CardDelete({ card, personId }: CardDeleteProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string>();

  async function handleDelete() {
    try {
      const removed = await removeCard(card.id);
      announce(t('cardScreen.delete.done', { words: removed.words }));
      showFlash({ kind: 'card-removed', planId: removed.planId, words: removed.words });
      navigate({ name: 'plan', personId, planId: removed.planId });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
  }

  return (
    <div className="card-delete">
      <ProblemMessage problem={problem} />
      <Button symbolId="1f5d1" size="large" onClick={() => void handleDelete()}>
        {t('cardScreen.delete.button')}
      </Button>
    </div>
  );
}

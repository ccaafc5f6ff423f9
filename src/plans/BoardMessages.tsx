// Messages above a board: a problem, "where should the card go?", and "Card removed — Undo".
import { useTranslation } from 'react-i18next';
import type { Card } from '../domain/types';
import { Button } from '../ui/Button';
import { clearFlash, useFlash } from '../ui/flash';
import { Message } from '../ui/Message';
import { ProblemMessage } from '../ui/ProblemMessage';

interface BoardMessagesProps {
  planId: string;
  problem?: string;
  picked?: Card;
  onCancel: () => void;
  onUndo: () => void;
}

/** The board's messages, each with a picture and, where useful, one button. */
export function BoardMessages({ planId, problem, picked, onCancel, onUndo }: BoardMessagesProps) {
  const { t } = useTranslation();
  const flash = useFlash();
  return (
    <>
      <ProblemMessage problem={problem} />
      {flash?.kind === 'card-removed' && flash.planId === planId ? (
        <Message
          tone="info"
          actions={
            <Button
              symbolId="21a9"
              variant="primary"
              onClick={() => {
                clearFlash();
                onUndo();
              }}
            >
              {t('board.undo')}
            </Button>
          }
        >
          {t('board.cardRemoved', { words: flash.words })}
        </Message>
      ) : null}
      {picked ? (
        <Message
          tone="info"
          actions={
            <Button symbolId="274c" onClick={onCancel}>
              {t('board.cancel')}
            </Button>
          }
        >
          {t('board.whereTo', { words: picked.words })}
        </Message>
      ) : null}
    </>
  );
}

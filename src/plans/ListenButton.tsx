// A small "Listen" button that reads words aloud (or plays the person's recording instead),
// for cards, lanes and templates. Its name says what it reads, e.g. "Listen: Feed my cat".
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadAloud } from '../a11y';
import { SymbolImage } from '../ui/SymbolImage';

interface ListenButtonProps {
  text: string;
  recordingId?: string;
  className?: string;
}

/** Reads `text` aloud with the person's voice and speed (memoised: boards show many). */
export const ListenButton = memo(ListenButtonView);

function ListenButtonView({ text, recordingId, className = 'card__action' }: ListenButtonProps) {
  const { t } = useTranslation();
  const { speakText, message } = useReadAloud();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={t('board.listenTo', { words: text })}
        onClick={() => void speakText(text, recordingId)}
      >
        <SymbolImage symbolId="1f50a" alt="" size={28} />
        <span aria-hidden="true">{t('board.listen')}</span>
      </button>
      {message ? <span className="listen__message">{message}</span> : null}
    </>
  );
}

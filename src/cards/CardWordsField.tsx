// The card's words, saved while the person types (after a short pause, and when they leave the
// field). Until it is saved the text is kept as a draft, so a reload or a crash loses nothing.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WORDS_LENGTH } from '../domain/limits';
import type { Card } from '../domain/types';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import type { CardChanger } from './useCardChange';

/** How long typing must pause before the words are saved. */
export const WORDS_SAVE_DELAY_MS = 400;

interface CardWordsFieldProps {
  card: Card;
  change: CardChanger['change'];
}

/** A labelled text field for the card's words. */
export function CardWordsField({ card, change }: CardWordsFieldProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [draft, setDraft, clearDraft] = useDraft(`card-words:${card.id}`, { words: card.words });
  const [isEmpty, setIsEmpty] = useState(false);
  // Refs, not state: the timer and the leaving screen must see the newest text.
  const latest = useRef(draft.words);
  const isDirty = useRef(draft.words.trim() !== card.words);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    if (!isDirty.current) return;
    const words = latest.current.trim();
    setIsEmpty(words === '');
    if (!words) return;
    isDirty.current = false;
    void change(() => ({ words })).then((saved) => {
      if (!saved) isDirty.current = true;
      else if (!isDirty.current) clearDraft();
    });
  }, [change, clearDraft]);

  useEffect(() => {
    // A draft kept from before a reload is saved at once; a pending change is saved on leaving.
    if (isDirty.current) save();
    return () => {
      if (latest.current.trim() === '') clearDraft();
      save();
    };
  }, [clearDraft, save]);

  useEffect(() => {
    // Follow changes made elsewhere (undo on the board, another tab) when nothing is being typed.
    if (isDirty.current || latest.current.trim() === card.words) return;
    latest.current = card.words;
    setDraft({ words: card.words });
  }, [card.words, setDraft]);

  function handleChange(words: string) {
    isDirty.current = true;
    latest.current = words;
    setDraft({ words });
    clearTimeout(timer.current);
    timer.current = setTimeout(save, WORDS_SAVE_DELAY_MS);
  }

  return (
    <div className="field">
      <label htmlFor={fieldId}>
        <SymbolImage symbolId="270f" alt="" size={28} />
        {t('cardScreen.words')}
      </label>
      <input
        id={fieldId}
        value={draft.words}
        maxLength={MAX_WORDS_LENGTH}
        autoComplete="off"
        aria-invalid={isEmpty || undefined}
        onChange={(event) => handleChange(event.target.value)}
        onBlur={save}
      />
      {isEmpty ? <Message tone="warning">{t('cardScreen.needWords')}</Message> : null}
    </div>
  );
}

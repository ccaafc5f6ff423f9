// "When": a date field, shown as a picture of a calendar page with the weekday and month in the
// person's language, and "today / in 3 days" in words. Saved after a short pause or on leaving.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../domain/types';
import { Button } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { CalendarPage } from './CalendarPage';
import { CardSection } from './CardSection';
import { useCardChange } from './useCardChange';
import { ProblemMessage } from '../ui/ProblemMessage';

/** Typing a date digit by digit passes through other valid dates: save only after a pause. */
const DATE_SAVE_DELAY_MS = 600;

/** The "When" part of the card screen. */
export function CardWhen({ card }: { card: Card }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const { change, problem } = useCardChange(card.id);
  const [value, setValue] = useState(card.when ?? '');
  const pending = useRef<string>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const when = pending.current;
    if (when === undefined) return;
    pending.current = undefined;
    void change(
      () => ({ when: when || undefined }),
      () => t(when ? 'cardScreen.when.saved' : 'cardScreen.when.cleared'),
    );
  }, [change, t]);

  useEffect(() => save, [save]);

  useEffect(() => {
    // Follow changes made elsewhere (undo, another tab) unless a change is waiting to be saved.
    if (pending.current === undefined) setValue(card.when ?? '');
  }, [card.when]);

  function handleChange(next: string) {
    setValue(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(save, DATE_SAVE_DELAY_MS);
  }

  function handleClear() {
    handleChange('');
    save();
    inputRef.current?.focus();
  }

  return (
    <CardSection symbolId="1f4c5" title={t('cardScreen.when.title')} className="card-when">
      {value ? (
        <CalendarPage day={value} />
      ) : (
        <p className="card-section__empty">{t('cardScreen.when.none')}</p>
      )}
      <div className="card-when__tools">
        <div className="field">
          <label htmlFor={fieldId}>
            <SymbolImage symbolId="1f4c6" alt="" size={28} />
            {t('cardScreen.when.date')}
          </label>
          <input
            ref={inputRef}
            id={fieldId}
            type="date"
            value={value}
            onChange={(event) => handleChange(event.target.value)}
            onBlur={save}
          />
        </div>
        <Button symbolId="1f6ab" onClick={handleClear} disabled={!value}>
          {t('cardScreen.when.clear')}
        </Button>
      </div>
      <ProblemMessage problem={problem} />
    </CardSection>
  );
}

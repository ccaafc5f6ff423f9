// A helper may write a note on the person's card only after the person says yes, on screen, in
// pictures: "May Lars write a note?" with a big thumb up and a big thumb down. No: nothing is
// written. Yes: a text field opens; the note keeps when the person said yes.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { MAX_NOTE_LENGTH } from '../domain/limits';
import type { Card, Supporter } from '../domain/types';
import { PictureView } from '../pictures';
import { addCardNote, StorageError } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import { SupporterTiles } from './SupporterTiles';

type Step =
  | { name: 'idle'; saidNo?: boolean }
  | { name: 'who' }
  | { name: 'ask'; helper: Supporter }
  | { name: 'write'; helper: Supporter; agreedAt: number };

/** Asks the person before a helper (one of `helpers`) writes a note on `card`. */
export function NoteConsent({ card, helpers }: { card: Card; helpers: readonly Supporter[] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const fieldId = useId();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [draft, setDraft, clearDraft] = useDraft(`note:${card.id}`, { words: '' });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const isFirstStep = useRef(true);

  useEffect(() => {
    // Each step puts the focus on its first thing, so the keyboard and screen readers follow.
    if (isFirstStep.current) {
      isFirstStep.current = false;
      return;
    }
    boxRef.current?.querySelector<HTMLElement>('[data-first]')?.focus();
  }, [step]);

  function ask(helper: Supporter) {
    setProblem(undefined);
    setStep({ name: 'ask', helper });
  }

  function handleNo() {
    // The message below is a status: screen readers say it by themselves.
    setStep({ name: 'idle', saidNo: true });
  }

  async function handleSave(event: FormEvent, helper: Supporter, agreedAt: number) {
    event.preventDefault();
    if (!draft.words.trim()) return setProblem(t('meeting.notes.needWords'));
    setIsSaving(true);
    try {
      await addCardNote(card.id, { words: draft.words, supporterId: helper.id, agreedAt });
      clearDraft();
      setDraft({ words: '' });
      setProblem(undefined);
      announce(t('meeting.notes.saved'));
      setStep({ name: 'idle' });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
    setIsSaving(false);
  }

  const stop = (
    <Button symbolId="274c" onClick={() => setStep({ name: 'idle' })}>
      {t('meeting.notes.cancel')}
    </Button>
  );

  return (
    <div className="consent" ref={boxRef}>
      {step.name === 'idle' ? (
        <>
          {step.saidNo ? <Message tone="info">{t('meeting.notes.saidNo')}</Message> : null}
          <Button
            symbolId="270d"
            data-first
            onClick={() =>
              helpers.length === 1 && helpers[0] ? ask(helpers[0]) : setStep({ name: 'who' })
            }
          >
            {t('meeting.notes.add')}
          </Button>
        </>
      ) : null}
      {step.name === 'who' ? (
        <>
          <p className="consent__question" tabIndex={-1} data-first>
            {t('meeting.notes.who')}
          </p>
          <SupporterTiles
            supporters={helpers}
            chosenIds={[]}
            label={t('meeting.notes.who')}
            onToggle={(helper) => ask(helper)}
          />
          {stop}
        </>
      ) : null}
      {step.name === 'ask' ? (
        <div className="consent__ask" role="group" aria-labelledby={`${fieldId}-ask`}>
          <PictureView picture={step.helper.picture} alt="" size={120} />
          <p className="consent__question" id={`${fieldId}-ask`} tabIndex={-1} data-first>
            {t('meeting.notes.ask', { name: step.helper.name })}
          </p>
          <div className="consent__answers">
            <button
              type="button"
              className="consent__answer consent__answer--yes"
              onClick={() => setStep({ name: 'write', helper: step.helper, agreedAt: Date.now() })}
            >
              <SymbolImage symbolId="1f44d" alt="" size={96} />
              <span>{t('meeting.notes.yes')}</span>
            </button>
            <button type="button" className="consent__answer" onClick={handleNo}>
              <SymbolImage symbolId="1f44e" alt="" size={96} />
              <span>{t('meeting.notes.no')}</span>
            </button>
          </div>
        </div>
      ) : null}
      {step.name === 'write' ? (
        <form
          className="form consent__write"
          noValidate
          onSubmit={(event) => void handleSave(event, step.helper, step.agreedAt)}
        >
          <div className="field">
            <label htmlFor={fieldId}>
              <SymbolImage symbolId="270d" alt="" size={28} />
              {t('meeting.notes.field', { name: step.helper.name })}
            </label>
            <textarea
              id={fieldId}
              data-first
              rows={4}
              value={draft.words}
              maxLength={MAX_NOTE_LENGTH}
              onChange={(event) => setDraft({ words: event.target.value })}
            />
          </div>
          <ProblemMessage problem={problem} />
          <div className="form__actions">
            <Button type="submit" symbolId="2705" variant="primary" disabled={isSaving}>
              {t('meeting.notes.save')}
            </Button>
            {stop}
          </div>
        </form>
      ) : null}
      {step.name !== 'write' ? <ProblemMessage problem={problem} /> : null}
    </div>
  );
}

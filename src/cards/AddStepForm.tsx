// Add a step to a card: a few words and, if wanted, a picture. Kept as a draft until it is added.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WORDS_LENGTH } from '../domain/limits';
import type { Card, CardStep, PictureRef } from '../domain/types';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { TextField } from '../ui/TextField';
import { useDraft } from '../ui/useDraft';
import { PictureChoice } from './PictureChoice';

interface AddStepFormProps {
  cardId: string;
  personId: string;
  onAdd: (step: Omit<CardStep, 'order' | 'isDone'>) => Promise<Card | undefined>;
}

interface StepDraft {
  isOpen: boolean;
  words: string;
  picture: PictureRef | null;
  pictureName: string;
}

const EMPTY: StepDraft = { isOpen: false, words: '', picture: null, pictureName: '' };

/** An "Add a step" button that opens a small form. */
export function AddStepForm({ cardId, personId, onAdd }: AddStepFormProps) {
  const { t } = useTranslation();
  const openRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useDraft<StepDraft>(`card-step:${cardId}`, EMPTY);
  const [needsWords, setNeedsWords] = useState(false);
  const [isLibraryOnly, setIsLibraryOnly] = useState(false);

  function close() {
    setDraft(EMPTY);
    setNeedsWords(false);
    setIsLibraryOnly(false);
    requestAnimationFrame(() => openRef.current?.querySelector('button')?.focus());
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const words = draft.words.trim() || draft.pictureName;
    if (!words) return setNeedsWords(true);
    const symbolId = draft.picture?.kind === 'symbol' ? draft.picture.symbolId : undefined;
    const saved = await onAdd({ id: crypto.randomUUID(), words, symbolId });
    if (saved) close();
  }

  if (!draft.isOpen) {
    return (
      <div ref={openRef}>
        <Button symbolId="2795" variant="primary" onClick={() => setDraft({ isOpen: true })}>
          {t('cardScreen.steps.add')}
        </Button>
      </div>
    );
  }
  return (
    <form className="form card-form" onSubmit={handleSubmit} noValidate>
      <TextField
        label={t('cardScreen.steps.words')}
        symbolId="270f"
        value={draft.words}
        maxLength={MAX_WORDS_LENGTH}
        placeholder={draft.pictureName}
        onChange={(words) => {
          setNeedsWords(false);
          setDraft({ words });
        }}
      />
      <fieldset className="field">
        <legend>{t('cardScreen.steps.picture')}</legend>
        <PictureChoice
          personId={personId}
          value={draft.picture ?? undefined}
          onChange={(picture, pictureName) => {
            // A step keeps a library picture only (CardStep has a symbolId, not a picture).
            setIsLibraryOnly(picture.kind !== 'symbol');
            if (picture.kind === 'symbol') setDraft({ picture, pictureName });
          }}
          initialTopic="things"
        />
      </fieldset>
      {isLibraryOnly ? <Message tone="warning">{t('cardScreen.steps.libraryOnly')}</Message> : null}
      {needsWords ? <Message tone="warning">{t('cardScreen.steps.needWords')}</Message> : null}
      <div className="form__actions">
        <Button type="submit" symbolId="2705" variant="primary">
          {t('cardScreen.steps.save')}
        </Button>
        <Button symbolId="274c" onClick={close}>
          {t('cardScreen.steps.cancel')}
        </Button>
      </div>
    </form>
  );
}

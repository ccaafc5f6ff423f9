// Add someone who helps: a name and a picture. They are kept for all of the person's plans, and
// start helping with this card at once. Kept as a draft until saved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../domain/schemas';
import type { PictureRef, Supporter } from '../domain/types';
import { addSupporter, StorageError } from '../storage';
import { Button } from '../ui/Button';
import { useDraft } from '../ui/useDraft';
import { PictureChoice } from './PictureChoice';
import { ProblemMessage } from '../ui/ProblemMessage';
import { TextField } from '../ui/TextField';

/** The picture a supporter gets when nobody chose one. */
const DEFAULT_PICTURE: PictureRef = { kind: 'symbol', symbolId: '1f9d1' };

interface AddSupporterFormProps {
  personId: string;
  onAdded: (supporter: Supporter) => void;
  onClose: () => void;
}

interface SupporterDraft {
  name: string;
  picture: PictureRef | null;
}

/** The form for a new supporter. */
export function AddSupporterForm({ personId, onAdded, onClose }: AddSupporterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<SupporterDraft>(`supporter:${personId}`, {
    name: '',
    picture: null,
  });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setProblem(t('cardScreen.helpers.needName'));
    setIsSaving(true);
    try {
      const picture = draft.picture ?? DEFAULT_PICTURE;
      const supporter = await addSupporter({ personId, name: draft.name, picture });
      clearDraft();
      setDraft({ name: '', picture: null });
      onAdded(supporter);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  function handleClose() {
    clearDraft();
    setDraft({ name: '', picture: null });
    onClose();
  }

  return (
    <form className="form card-form" onSubmit={handleSubmit} noValidate>
      <TextField
        label={t('cardScreen.helpers.name')}
        symbolId="1f3f7"
        value={draft.name}
        maxLength={MAX_NAME_LENGTH}
        onChange={(name) => setDraft({ name })}
      />
      <fieldset className="field">
        <legend>{t('cardScreen.helpers.picture')}</legend>
        <PictureChoice
          personId={personId}
          value={draft.picture ?? undefined}
          onChange={(picture) => setDraft({ picture })}
          initialTopic="people"
        />
      </fieldset>
      <ProblemMessage problem={problem} />
      <div className="form__actions">
        <Button type="submit" symbolId="2705" variant="primary" disabled={isSaving}>
          {t('cardScreen.helpers.save')}
        </Button>
        <Button symbolId="274c" onClick={handleClose}>
          {t('cardScreen.helpers.cancel')}
        </Button>
      </div>
    </form>
  );
}

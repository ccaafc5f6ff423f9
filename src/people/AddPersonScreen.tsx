// Add a person to this tablet: a name and a picture (from the library, a photo or a drawing).
// The half-filled form survives a reload.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../app/routes';
import { MAX_NAME_LENGTH } from '../domain/limits';
import type { PictureRef } from '../domain/types';
import { PicturePicker } from '../pictures';
import { addPerson, StorageError } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import { ProblemMessage } from '../ui/ProblemMessage';
import { TextField } from '../ui/TextField';

/** The form to add a person. */
export function AddPersonScreen() {
  const { t } = useTranslation();
  // The new person's id is chosen now: a photo or drawing taken here is stored as theirs.
  const [newId] = useState(() => crypto.randomUUID());
  const [draft, setDraft, clearDraft] = useDraft<{
    personId: string;
    name: string;
    picture?: PictureRef;
  }>('add-person', { personId: newId, name: '' });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setProblem(t('people.needName'));
    if (!draft.picture) return setProblem(t('people.needPicture'));
    setIsSaving(true);
    try {
      const person = await addPerson({
        id: draft.personId,
        name: draft.name,
        picture: draft.picture,
      });
      clearDraft();
      navigate({ name: 'home', personId: person.id });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  return (
    <ScreenLayout
      title={t('people.addTitle')}
      titlePicture={<SymbolImage symbolId="2795" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton href={hrefOf({ name: 'people' })} symbolId="2b05" variant="quiet">
          {t('nav.back')}
        </LinkButton>
      }
    >
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('people.name')}
          symbolId="270f"
          value={draft.name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(name) => setDraft({ name })}
        />
        <fieldset className="field">
          <legend>{t('people.picture')}</legend>
          <PicturePicker
            personId={draft.personId}
            value={draft.picture}
            onChange={(picture) => setDraft({ picture })}
            initialTopic="people"
          />
        </fieldset>
        <ProblemMessage problem={problem} />
        <div className="form__actions">
          <Button type="submit" symbolId="2705" variant="primary" size="large" disabled={isSaving}>
            {t('people.save')}
          </Button>
        </div>
      </form>
    </ScreenLayout>
  );
}

// Add a person to this tablet: a name and a picture. The half-filled form survives a reload.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../app/routes';
import { MAX_NAME_LENGTH } from '../domain/schemas';
import { PicturePicker } from '../pictures';
import { addPerson, StorageError } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';

/** The form to add a person. */
export function AddPersonScreen() {
  const { t } = useTranslation();
  const nameId = useId();
  const [draft, setDraft, clearDraft] = useDraft('add-person', { name: '', symbolId: '' });
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setProblem(t('people.needName'));
    if (!draft.symbolId) return setProblem(t('people.needPicture'));
    setIsSaving(true);
    try {
      const person = await addPerson({
        name: draft.name,
        picture: { kind: 'symbol', symbolId: draft.symbolId },
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
        <div className="field">
          <label htmlFor={nameId}>
            <SymbolImage symbolId="270f" alt="" size={28} />
            {t('people.name')}
          </label>
          <input
            id={nameId}
            value={draft.name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            onChange={(event) => setDraft({ name: event.target.value })}
          />
        </div>
        <fieldset className="field">
          <legend>{t('people.picture')}</legend>
          <PicturePicker
            value={draft.symbolId || undefined}
            onChange={(symbolId) => setDraft({ symbolId })}
            initialTopic="people"
          />
        </fieldset>
        {problem ? (
          <Message tone="problem" isUrgent>
            {problem}
          </Message>
        ) : null}
        <div className="form__actions">
          <Button type="submit" symbolId="2705" variant="primary" size="large" disabled={isSaving}>
            {t('people.save')}
          </Button>
        </div>
      </form>
    </ScreenLayout>
  );
}

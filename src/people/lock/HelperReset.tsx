// "I am a helper: remove the code", for a forgotten picture code. Never silent: the screen says
// the code goes and the person will be told; the helper writes their name; the removal is
// recorded with the date, and the person's home shows it until they tap OK.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y';
import { navigate } from '../../app/routes';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import type { Person } from '../../domain/types';
import { resetPictureCode, StorageError } from '../../storage';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { ScreenLayout } from '../../ui/ScreenLayout';
import { SymbolImage } from '../../ui/SymbolImage';
import { TextField } from '../../ui/TextField';

interface HelperResetProps {
  person: Person;
  /** Back to the code's pictures, nothing changed. */
  onStop: () => void;
}

/** A helper removes `person`'s picture code, on the record. */
export function HelperReset({ person, onStop }: HelperResetProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [helperName, setHelperName] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!helperName.trim()) return setProblem(t('lock.reset.needName'));
    setIsSaving(true);
    setProblem(undefined);
    try {
      await resetPictureCode(person.id, helperName);
      announce(t('lock.reset.done'));
      navigate({ name: 'home', personId: person.id });
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  const stop = (
    <Button symbolId="2b05" variant="quiet" onClick={onStop}>
      {t('lock.reset.stop')}
    </Button>
  );
  return (
    <ScreenLayout
      title={t('lock.reset.title')}
      titlePicture={<SymbolImage symbolId="1f9f0" alt="" size={48} />}
      navLabel={t('nav.label')}
      start={stop}
    >
      <form className="form lock-reset" onSubmit={(event) => void handleSubmit(event)}>
        <Message tone="warning">{t('lock.reset.onlyHelper')}</Message>
        <p className="lead">{t('lock.reset.willRemove', { name: person.name })}</p>
        <p className="lead">{t('lock.reset.willTell', { name: person.name })}</p>
        <p>{t('lock.reset.message')}</p>
        <TextField
          label={t('lock.reset.helperName')}
          symbolId="270d"
          value={helperName}
          maxLength={MAX_NAME_LENGTH}
          onChange={setHelperName}
        />
        <ProblemMessage problem={problem} />
        <div className="form__actions">
          <Button type="submit" symbolId="1f5d1" variant="primary" disabled={isSaving}>
            {t('lock.reset.confirm')}
          </Button>
          {stop}
        </div>
      </form>
    </ScreenLayout>
  );
}

// Add someone who helps: a name, a picture and (when asked, e.g. before a meeting) who they are
// to the person. They are kept for all of the person's plans. Kept as a draft until saved.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../domain/limits';
import type { PictureRef, Supporter, SupporterRole } from '../domain/types';
import { addSupporter, StorageError } from '../storage';
import { Button } from '../ui/Button';
import { useDraft } from '../ui/useDraft';
import { PictureChoice } from './PictureChoice';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SymbolImage } from '../ui/SymbolImage';
import { TextField } from '../ui/TextField';

/** The picture a supporter gets when nobody chose one. */
const DEFAULT_PICTURE: PictureRef = { kind: 'symbol', symbolId: '1f9d1' };

/** The roles a supporter can have, each with its picture. */
const ROLES: readonly { role: SupporterRole; symbolId: string }[] = [
  { role: 'social-worker', symbolId: '1f9d1-200d-1f4bc' },
  { role: 'family', symbolId: '1f46a' },
  { role: 'staff', symbolId: '1f9d1-200d-2695' },
  { role: 'friend', symbolId: '1f9d1-200d-1f91d-200d-1f9d1' },
  { role: 'other', symbolId: '1f9d1' },
];

interface AddSupporterFormProps {
  personId: string;
  onAdded: (supporter: Supporter) => void;
  onClose: () => void;
  /** Also ask who they are to the person (social worker, family…); the answer is optional. */
  askRole?: boolean;
}

interface SupporterDraft {
  name: string;
  picture: PictureRef | null;
  role: SupporterRole | null;
}

const EMPTY: SupporterDraft = { name: '', picture: null, role: null };

/** "Who is this person?": one picture choice per role. */
function RoleChoice(props: {
  value: SupporterRole | null;
  onChange: (role: SupporterRole) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field choices">
      <legend>{t('meeting.role.label')}</legend>
      {ROLES.map(({ role, symbolId }) => (
        <label key={role} className="choice">
          <input
            type="radio"
            name={name}
            checked={props.value === role}
            onChange={() => props.onChange(role)}
          />
          <SymbolImage symbolId={symbolId} alt="" size={40} />
          <span>{t(`meeting.role.${role}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The form for a new supporter. */
export function AddSupporterForm(props: AddSupporterFormProps) {
  const { personId, onAdded, onClose, askRole = false } = props;
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<SupporterDraft>(`supporter:${personId}`, EMPTY);
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setProblem(t('cardScreen.helpers.needName'));
    setIsSaving(true);
    try {
      const picture = draft.picture ?? DEFAULT_PICTURE;
      const role = askRole ? (draft.role ?? undefined) : undefined;
      const supporter = await addSupporter({ personId, name: draft.name, picture, role });
      clearDraft();
      setDraft(EMPTY);
      onAdded(supporter);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  function handleClose() {
    clearDraft();
    setDraft(EMPTY);
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
      {askRole ? <RoleChoice value={draft.role} onChange={(role) => setDraft({ role })} /> : null}
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

// The steps of changing a picture code: tap the code first (to change or remove it), then
// choose the new one twice. Each step ends back on "My picture code" with what happened.
import { useTranslation } from 'react-i18next';
import { removePictureCode, StorageError } from '../../storage';
import { ChooseCode } from './ChooseCode';
import { ConfirmCode } from './ConfirmCode';

/** A step of changing the code. */
export type ChangeStep = 'choose' | 'before-change' | 'before-remove';

interface CodeChangeProps {
  personId: string;
  step: ChangeStep;
  /** A stored wait after too many wrong tries. */
  waitUntil?: number;
  onStep: (step: ChangeStep) => void;
  /** Back to the code's state; `words` say what happened, `problem` what went wrong. */
  onDone: (outcome: { words?: string; problem?: string }) => void;
}

/** Shows one step of changing person `personId`'s code. */
export function CodeChange({ personId, step, waitUntil, onStep, onDone }: CodeChangeProps) {
  const { t } = useTranslation();
  const stop = () => onDone({});

  async function remove() {
    try {
      await removePictureCode(personId);
      onDone({ words: t('lock.code.removed') });
    } catch (error) {
      onDone({ problem: t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`) });
    }
  }

  if (step === 'choose') {
    return (
      <ChooseCode
        personId={personId}
        onSaved={() => onDone({ words: t('lock.code.saved') })}
        onStop={stop}
      />
    );
  }
  return (
    <ConfirmCode
      key={step}
      personId={personId}
      waitUntil={waitUntil}
      onRight={() => (step === 'before-change' ? onStep('choose') : void remove())}
      onStop={stop}
    />
  );
}

// Choosing a picture code: tap 3 pictures (they show as they are tapped), then the same 3 again.
// The code is kept only when both were the same; the person stays let in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../a11y';
import { CODE_LENGTH, type CodePictureId } from '../../domain/pictureCode';
import { setPictureCode, StorageError } from '../../storage';
import { Button } from '../../ui/Button';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { CodePad } from './CodePad';
import { unlockPerson } from './lockState';

interface ChooseCodeProps {
  personId: string;
  onSaved: () => void;
  onStop: () => void;
}

const isSame = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/** The two rounds of choosing a code. */
export function ChooseCode({ personId, onSaved, onStop }: ChooseCodeProps) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<CodePictureId[]>();
  const [entered, setEntered] = useState<CodePictureId[]>([]);
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save(ids: CodePictureId[]) {
    setIsSaving(true);
    // Let in before the code is stored: the gate must not lock the person who chose it.
    unlockPerson(personId);
    try {
      await setPictureCode(personId, ids);
      onSaved();
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
      setEntered([]);
    }
  }

  function tap(id: CodePictureId) {
    const next = [...entered, id];
    setProblem(undefined);
    if (next.length < CODE_LENGTH) return setEntered(next);
    if (!first) {
      setFirst(next);
      return setEntered([]);
    }
    if (isSame(first, next)) {
      setEntered(next);
      return void save(next);
    }
    setProblem(t('lock.code.notSame'));
    setFirst(undefined);
    setEntered([]);
  }

  const step = t(first ? 'lock.code.stepAgain' : 'lock.code.stepFirst');
  return (
    <div className="lock">
      <p className="lead">
        <span>{step}</span>
        <ReadAloudButton text={step} />
      </p>
      <CodePad entered={entered} onTap={tap} isDisabled={isSaving} isShowingPictures />
      <ProblemMessage problem={problem} />
      <div className="lock__actions">
        <Button symbolId="1f504" onClick={() => setEntered([])} disabled={entered.length === 0}>
          {t('lock.startAgain')}
        </Button>
        <Button symbolId="2b05" variant="quiet" onClick={onStop}>
          {t('lock.code.stop')}
        </Button>
      </div>
    </div>
  );
}

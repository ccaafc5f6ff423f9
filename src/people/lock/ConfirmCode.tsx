// Before the picture code is changed or removed, the person taps it once more (a wrong try counts
// like one on the lock screen, so this is no way round the wait).
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../a11y';
import { Button } from '../../ui/Button';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { CodePad } from './CodePad';
import { useCodeTry } from './useCodeTry';
import { useWait, WaitNotice } from './WaitNotice';

interface ConfirmCodeProps {
  personId: string;
  /** A stored wait (the lock's `waitUntil`). */
  waitUntil?: number;
  onRight: () => void;
  onStop: () => void;
}

/** Takes the person's code; `onRight` runs when it was right. */
export function ConfirmCode({ personId, waitUntil, onRight, onStop }: ConfirmCodeProps) {
  const { t } = useTranslation();
  const code = useCodeTry(personId, onRight);
  const wait = useWait(code.waitUntil, waitUntil);
  return (
    <div className="lock">
      {wait.until ? <WaitNotice until={wait.until} now={wait.now} /> : null}
      <p className="lead">
        <span>{t('lock.code.stepCurrent')}</span>
        <ReadAloudButton text={t('lock.code.stepCurrent')} />
      </p>
      <CodePad
        entered={code.entered}
        onTap={code.tap}
        isDisabled={code.isChecking || wait.until !== undefined}
        isShowingPictures={false}
      />
      <ProblemMessage problem={code.problem} />
      <div className="lock__actions">
        <Button symbolId="1f504" onClick={code.startAgain} disabled={code.entered.length === 0}>
          {t('lock.startAgain')}
        </Button>
        <Button symbolId="2b05" variant="quiet" onClick={onStop}>
          {t('lock.code.stop')}
        </Button>
      </div>
    </div>
  );
}

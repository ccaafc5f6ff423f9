// "My picture code": choose a code of 3 pictures (twice, to be sure), choose after how long My
// Plan locks by itself, change or remove the code (tapping it first), and see every time a
// helper removed it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { ScreenLayout } from '../../ui/ScreenLayout';
import { SymbolImage } from '../../ui/SymbolImage';
import { HomeLink } from '../HomeLink';
import { CodeChange, type ChangeStep } from './CodeChange';
import { IdleChoices } from './IdleChoices';
import { ResetList } from './ResetList';
import { usePersonLock } from './usePersonLock';
import './lock.css';

/** The "My picture code" screen of person `personId`. */
export function PictureCodeScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const lock = usePersonLock(personId);
  const [step, setStep] = useState<ChangeStep>();
  const [problem, setProblem] = useState<string>();
  const home = <HomeLink personId={personId} />;
  if (lock === null) return <NotFoundScreen message={t('errors.personNotFound')} start={home} />;
  if (!lock) return null;

  const done = ({ words, problem: failed }: { words?: string; problem?: string }) => {
    setStep(undefined);
    setProblem(failed);
    if (words) announce(words);
  };
  return (
    <ScreenLayout
      title={t('lock.code.title')}
      titlePicture={<SymbolImage symbolId="1f512" alt="" size={48} />}
      navLabel={t('nav.label')}
      start={home}
    >
      {step ? (
        <CodeChange
          personId={personId}
          step={step}
          waitUntil={lock.waitUntil}
          onStep={setStep}
          onDone={done}
        />
      ) : (
        <CodeState
          hasCode={lock.hasCode}
          onChoose={() => setStep(lock.hasCode ? 'before-change' : 'choose')}
          onRemove={() => setStep('before-remove')}
        />
      )}
      <ProblemMessage problem={problem} />
      {!step && lock.hasCode ? (
        <IdleChoices personId={personId} idleMinutes={lock.idleMinutes} />
      ) : null}
      <ResetList resets={lock.resets} />
    </ScreenLayout>
  );
}

interface CodeStateProps {
  hasCode: boolean;
  onChoose: () => void;
  onRemove: () => void;
}

/** Whether the person has a code, and the buttons to choose, change or remove it. */
function CodeState({ hasCode, onChoose, onRemove }: CodeStateProps) {
  const { t } = useTranslation();
  return (
    <div className="lock">
      <p className="lead">{t('lock.code.about')}</p>
      <Message tone="info">{t(hasCode ? 'lock.code.on' : 'lock.code.none')}</Message>
      <div className="lock__actions">
        <Button symbolId="1f512" variant="primary" size="large" onClick={onChoose}>
          {t(hasCode ? 'lock.code.chooseNew' : 'lock.code.choose')}
        </Button>
        {hasCode ? (
          <Button symbolId="1f513" onClick={onRemove}>
            {t('lock.code.remove')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

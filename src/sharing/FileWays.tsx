// "Save a file" and "Send": an optional password, then the file is saved on the device or handed
// to the device's share sheet (only where the device can take a file).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { MYPLAN_MIME } from './files';
import { canSendFiles } from './handOver';
import { PasswordField } from './PasswordField';
import { SpokenProblem } from './SpokenProblem';
import { useFileHandOver, type HandOverPlan } from './useFileHandOver';

interface FileWaysProps {
  plan: HandOverPlan;
  saveLabel: string;
  sendLabel: string;
  /** Said above the password field (e.g. why a password is a good idea here). */
  advice?: string;
}

/** The password field and the Save and Send buttons, with what happened. */
export function FileWays({ plan, saveLabel, sendLabel, advice }: FileWaysProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { state, save, send } = useFileHandOver(plan);
  const canSend = useMemo(() => canSendFiles(plan.fileName, MYPLAN_MIME), [plan.fileName]);
  return (
    <div className="file-ways">
      {advice ? <p className="lead">{advice}</p> : null}
      <PasswordField
        label={t('share.password.label')}
        value={password}
        purpose="new"
        onChange={setPassword}
      />
      <div className="file-ways__buttons">
        <Button
          symbolId="1f4be"
          variant="primary"
          size="large"
          disabled={state.isBusy}
          onClick={() => void save(password)}
        >
          {saveLabel}
        </Button>
        {canSend ? (
          <Button
            symbolId="2709"
            size="large"
            disabled={state.isBusy}
            onClick={() => void send(password)}
          >
            {sendLabel}
          </Button>
        ) : null}
      </div>
      {state.isBusy ? <Message tone="info">{t('share.making')}</Message> : null}
      <SpokenProblem problem={state.problem} />
      {state.done ? <Message tone="info">{state.done}</Message> : null}
    </div>
  );
}

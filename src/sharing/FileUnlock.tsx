// The step for a locked file: its password, and a button to open it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { PasswordField } from './PasswordField';
import { StepTitle } from './StepTitle';

interface FileUnlockProps {
  isBusy: boolean;
  onUnlock: (password: string) => void;
}

/** "This file is locked": type the password and open it. */
export function FileUnlock({ isBusy, onUnlock }: FileUnlockProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <section aria-labelledby="file-locked">
      <StepTitle
        id="file-locked"
        symbolId="1f512"
        title={t('openFile.lockedTitle')}
        hint={t('openFile.lockedHint')}
      />
      <div className="file-unlock">
        <PasswordField
          label={t('share.password.typeIt')}
          value={password}
          purpose="current"
          onChange={setPassword}
          onEnter={() => onUnlock(password)}
        />
        <Button
          symbolId="1f513"
          variant="primary"
          size="large"
          disabled={isBusy || password === ''}
          onClick={() => onUnlock(password)}
        >
          {t('openFile.unlock')}
        </Button>
      </div>
    </section>
  );
}

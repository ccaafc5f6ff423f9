// A password field with a "Show the password" switch, so a person can check what they typed.
// For a new password it also says plainly that a lost password cannot be got back.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';

interface PasswordFieldProps {
  label: string;
  value: string;
  /** 'new' when the person makes up a password (shows the warning), 'current' to open a file. */
  purpose: 'new' | 'current';
  onChange: (value: string) => void;
  /** Enter in the field does this (e.g. open the file). */
  onEnter?: () => void;
}

/** A labelled password field with show/hide. */
export function PasswordField({ label, value, purpose, onChange, onEnter }: PasswordFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isShown, setShown] = useState(false);
  return (
    <div className="field password-field">
      <label htmlFor={id}>
        <SymbolImage symbolId="1f511" alt="" size={28} />
        {label}
      </label>
      <div className="password-field__row">
        <input
          id={id}
          type={isShown ? 'text' : 'password'}
          value={value}
          autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && onEnter) {
              event.preventDefault();
              onEnter();
            }
          }}
        />
        <Button symbolId="1f441" aria-pressed={isShown} onClick={() => setShown(!isShown)}>
          {t('share.password.show')}
        </Button>
      </div>
      {purpose === 'new' ? (
        <Message tone="warning">
          {t('share.password.lost')}
          <ReadAloudButton text={t('share.password.lost')} label={t('share.password.listen')} />
        </Message>
      ) : null}
    </div>
  );
}

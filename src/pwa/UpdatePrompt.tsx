// "A new version is ready": shown when an update waits; it takes over only when tapped.
// Forms keep their drafts across the reload (ui/useDraft), and all else is already saved.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { applyUpdate, onUpdateReady } from './serviceWorker';

/** The update banner, or nothing. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [isReady, setIsReady] = useState(false);
  const [isApplying, setIsApplying] = useState(false);
  useEffect(() => onUpdateReady(setIsReady), []);
  if (!isReady) return null;
  return (
    <aside className="banner" aria-label={t('update.label')}>
      <Message
        tone="info"
        actions={
          <Button
            symbolId="1f504"
            variant="primary"
            disabled={isApplying}
            onClick={() => {
              setIsApplying(true);
              applyUpdate();
            }}
          >
            {t('update.apply')}
          </Button>
        }
      >
        {t('update.ready')}
      </Message>
    </aside>
  );
}

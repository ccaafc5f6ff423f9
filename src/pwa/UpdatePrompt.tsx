// "A new version is ready": shown when an update waits; it takes over only when tapped. "My Plan
// was updated": shown in a tab that still runs the version before. Forms keep their drafts across
// the reload (ui/useDraft), and all else is already saved.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Message } from '../ui/Message';
import { NewVersionButton } from './NewVersion';
import { onUpdateReady } from './serviceWorker';
import { useStaleVersion } from './staleVersion';

/** The update banner, or nothing. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [isReady, setIsReady] = useState(false);
  const { isStale, isShownOnScreen } = useStaleVersion();
  useEffect(() => onUpdateReady(setIsReady), []);
  if (isStale ? isShownOnScreen : !isReady) return null;
  return (
    <aside className="banner" aria-label={t('update.label')}>
      <Message tone="info" actions={<NewVersionButton />}>
        {t(isStale ? 'update.stale' : 'update.ready')}
      </Message>
    </aside>
  );
}

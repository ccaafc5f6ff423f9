// Says plainly when another window of My Plan holds the data: this page waits for an older window
// to close ('blocked'), or a newer one took the data over ('closed') and this page must open again.
// Everything already saved is kept; forms keep their drafts across the reload.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { databaseState, onDatabaseEvent } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';

function reloadPage(): void {
  window.location.reload();
}

/**
 * The message about other windows, or nothing while this page has the data to itself.
 * `onReload` is what the button does: open the page again.
 */
export function DatabaseNotice({ onReload = reloadPage }: { onReload?: () => void }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(onDatabaseEvent, databaseState);
  if (state === 'blocked') return <Message tone="warning">{t('dataNotice.blocked')}</Message>;
  if (state !== 'closed') return null;
  return (
    <Message
      tone="problem"
      isUrgent
      actions={
        <Button symbolId="1f504" variant="primary" onClick={onReload}>
          {t('dataNotice.reload')}
        </Button>
      }
    >
      {t('dataNotice.closed')}
    </Message>
  );
}

// Tells whether this device keeps the plans safe from automatic clean-up, and the space used.
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { formatBytes } from './formatBytes';
import { useStorageReport } from './useDeviceSettings';

/** The storage part of Settings. */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const { report, askToKeep } = useStorageReport();
  if (!report) return null;
  return (
    <div className="storage">
      {report.isPersisted ? (
        <Message tone="info">{t('settings.keptSafe')}</Message>
      ) : (
        <Message
          tone="warning"
          actions={
            <Button symbolId="1f6e1" onClick={() => void askToKeep()}>
              {t('settings.keepSafe')}
            </Button>
          }
        >
          {t('settings.notKeptSafe')}
        </Message>
      )}
      {report.usage !== undefined ? (
        <p className="storage__usage">
          {t('settings.spaceUsed', { size: formatBytes(report.usage, i18n.language) })}
        </p>
      ) : null}
    </div>
  );
}

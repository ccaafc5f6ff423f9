// Tells whether this tablet keeps the plans safe from automatic clean-up, the space used and free
// (in words and as a bar), and when the last copy of everything was saved. When the browser tells
// nothing, it says so plainly.
import { useTranslation } from 'react-i18next';
import type { StorageReport } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { SymbolImage } from '../ui/SymbolImage';
import { formatBytes } from './formatBytes';
import { timeAgoWords } from './timeAgo';
import { useStorageReport } from './useDeviceSettings';
import { useLastBackups } from './usePersonData';
import { useNow } from './useRemoval';
import './settingsData.css';

function KeptSafe({ report, askToKeep }: { report: StorageReport; askToKeep: () => void }) {
  const { t } = useTranslation();
  if (report.isPersisted) return <Message tone="info">{t('settings.keptSafe')}</Message>;
  const keep = report.canAskToKeep ? (
    <Button symbolId="1f6e1" onClick={askToKeep}>
      {t('settings.keepSafe')}
    </Button>
  ) : undefined;
  return (
    <Message tone="warning" actions={keep}>
      {t(report.isPersistKnown ? 'settings.notKeptSafe' : 'settings.persistUnknown')}
    </Message>
  );
}

function Space({ report }: { report: StorageReport }) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const { usage, quota } = report;
  if (usage === undefined) {
    return (
      <p className="storage__usage">
        <SymbolImage symbolId="1f4ca" alt="" size={32} />
        {t('settings.spaceUnknown')}
      </p>
    );
  }
  const hasQuota = quota !== undefined && quota > 0;
  return (
    <div className="storage__space">
      <p className="storage__usage">
        <SymbolImage symbolId="1f4ca" alt="" size={32} />
        {t('settings.spaceUsed', { size: size(usage) })}
      </p>
      {hasQuota ? (
        <>
          <meter
            className="storage__bar"
            min={0}
            max={quota}
            value={Math.min(usage, quota)}
            aria-label={t('settings.spaceBar')}
          />
          <p className="storage__usage">
            {t('settings.spaceFree', { size: size(Math.max(0, quota - usage)) })}
          </p>
        </>
      ) : null}
    </div>
  );
}

function LastCopy() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const times = useLastBackups();
  if (!times) return null;
  const latest = Math.max(0, ...Object.values(times));
  return (
    <p className="storage__usage">
      <SymbolImage symbolId="1f4e6" alt="" size={32} />
      {latest > 0
        ? t('settings.lastCopy', { when: timeAgoWords(latest, now, i18n.language) })
        : t('settings.noCopy')}
    </p>
  );
}

/** The storage part of Settings. */
export function StorageStatus() {
  const { report, askToKeep } = useStorageReport();
  return (
    <div className="storage">
      {report ? (
        <>
          <KeptSafe report={report} askToKeep={() => void askToKeep()} />
          <Space report={report} />
        </>
      ) : null}
      <LastCopy />
    </div>
  );
}

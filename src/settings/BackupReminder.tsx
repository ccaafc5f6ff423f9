// The reminder on a person's home, in pictures: "Save a copy of your plans", shown while the
// tablet may clear the plans by itself and the last copy is over 7 days old (or there is none).
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { hrefOf } from '../app/routes';
import { Button, LinkButton } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { timeAgoWords } from './timeAgo';
import { useBackupReminder } from './useBackupReminder';
import './settingsData.css';

/** The reminder to save a copy of everything, or nothing when it is not needed. */
export function BackupReminder({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const { isShown, lastBackupAt, now, hideForNow } = useBackupReminder(personId);
  if (!isShown) return null;
  const title = t('backupReminder.title');
  const when = lastBackupAt
    ? t('settings.personLastCopy', { when: timeAgoWords(lastBackupAt, now, i18n.language) })
    : t('settings.personNoCopy');

  function handleNotNow() {
    // The reminder goes: the screen's title takes the focus, so the keyboard is not lost.
    document.querySelector<HTMLElement>('.topbar__title')?.focus();
    void hideForNow().catch(() => undefined);
  }

  return (
    <section className="backup-reminder" aria-labelledby="backup-reminder-title">
      <SymbolImage symbolId="1f4be" alt="" size={96} />
      <div className="backup-reminder__words">
        <h2 id="backup-reminder-title" className="backup-reminder__title">
          {title}
        </h2>
        <p>{t('backupReminder.why')}</p>
        <p>{when}</p>
      </div>
      <div className="backup-reminder__actions">
        <LinkButton
          href={hrefOf({ name: 'backup', personId })}
          symbolId="1f4e6"
          variant="primary"
          size="large"
        >
          {t('backupReminder.save')}
        </LinkButton>
        <Button symbolId="1f552" onClick={handleNotNow}>
          {t('backupReminder.notNow')}
        </Button>
        <ReadAloudButton text={`${title}. ${t('backupReminder.why')} ${when}`} />
      </div>
    </section>
  );
}

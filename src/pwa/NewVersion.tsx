// The way to the new version: one button, and the screen shown instead of one whose script is gone
// (this tab runs an older version than the one installed). Drafts are kept (ui/useDraft).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { applyUpdate } from './serviceWorker';
import { markStale, showOnScreen } from './staleVersion';

/** "Get the new version": reloads this page into the new version, once. */
export function NewVersionButton() {
  const { t } = useTranslation();
  const [isApplying, setIsApplying] = useState(false);
  return (
    <Button
      symbolId="1f504"
      variant="primary"
      disabled={isApplying}
      onClick={() => {
        setIsApplying(true);
        void applyUpdate();
      }}
    >
      {t('update.apply')}
    </Button>
  );
}

/** Shown in place of a screen of an older version that can no longer load. */
export function NewVersionScreen() {
  const { t } = useTranslation();
  useEffect(() => {
    markStale();
    return showOnScreen();
  }, []);
  return (
    <ScreenLayout
      title={t('update.label')}
      titlePicture={<SymbolImage symbolId="1f504" alt="" size={40} />}
      navLabel={t('nav.label')}
    >
      <Message tone="info" isUrgent actions={<NewVersionButton />}>
        {t('update.stale')}
      </Message>
    </ScreenLayout>
  );
}

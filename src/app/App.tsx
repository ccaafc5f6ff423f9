// The app shell: announcements, look, read-aloud, switches, banners, and the current screen.
// Drag and drop is provided by the screens that move things (see Screens.tsx).
import { Suspense, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnFocus } from '../a11y';
import { Announcer } from '../a11y/announcer';
import { usePreferences, useShownPersonId } from '../people';
import { UpdatePrompt } from '../pwa';
import { RemovalBanner } from '../settings';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { DatabaseNotice } from './DatabaseNotice';
import { DeviceSync } from './DeviceSync';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyPart } from './lazyPart';
import { Screens } from './Screens';
import type { StartResult } from './startApp';

function Banners({ start }: { start: StartResult }) {
  const { t } = useTranslation();
  if (start.isStorageMissing) {
    return (
      <Message tone="problem" isUrgent>
        {t('errors.noStorage')}
      </Message>
    );
  }
  if (start.isReadOnly) {
    const reason = start.readOnlyReason === 'upgrade-failed' ? 'upgradeFailed' : 'newerData';
    return <Message tone="warning">{t(`errors.${reason}`)}</Message>;
  }
  return null;
}

/** Loaded only for a person who uses switches; left out if its script is gone (see lazyPart). */
const SwitchScanning = lazyPart(() => import('../a11y/scanning').then((m) => m.SwitchScanning));

/** Switch scanning as the person shown chose it. */
function PersonScanning() {
  const { scanning, scanSeconds } = usePreferences(useShownPersonId());
  if (!scanning || scanning === 'off') return null;
  return (
    <Suspense fallback={null}>
      <SwitchScanning mode={scanning} seconds={scanSeconds ?? 2} />
    </Suspense>
  );
}

function CrashMessage({ reset }: { reset: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <main className="screen__main">
      <Message
        tone="problem"
        isUrgent
        actions={
          <Button
            symbolId="1f3e0"
            onClick={() => {
              window.location.hash = '#/';
              reset();
            }}
          >
            {t('errors.startAgain')}
          </Button>
        }
      >
        {t('errors.crash')}
      </Message>
    </main>
  );
}

/** The whole app, once `started` has resolved. */
export function App({ started }: { started: Promise<StartResult> }) {
  const start = use(started);
  return (
    <Announcer>
      <DeviceSync />
      <ReadOnFocus />
      <PersonScanning />
      <UpdatePrompt />
      <DatabaseNotice />
      <Banners start={start} />
      <RemovalBanner />
      <ErrorBoundary fallback={(reset) => <CrashMessage reset={reset} />}>
        {start.isStorageMissing ? null : <Screens />}
      </ErrorBoundary>
    </Announcer>
  );
}

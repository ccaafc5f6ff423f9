// The screen shown when what a route names is not there (a deleted person, plan, card or meeting):
// one title, one problem message and a way back, the same on every screen.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Message } from './Message';
import { ScreenLayout } from './ScreenLayout';

interface NotFoundScreenProps {
  /** What was not found, in plain words. */
  message: string;
  /** The way back shown at the start of the top bar. */
  start?: ReactNode;
}

/** Says that something is not there, with a way back. */
export function NotFoundScreen({ message, start }: NotFoundScreenProps) {
  const { t } = useTranslation();
  return (
    <ScreenLayout title={t('errors.notFoundTitle')} navLabel={t('nav.label')} start={start}>
      <Message tone="problem">{message}</Message>
    </ScreenLayout>
  );
}

// "Ana was removed. You can undo it now. 42 seconds left. [Undo]": shown on every screen while a
// removed person can still be put back, reachable by keyboard, and read aloud on request.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton, useAnnounce } from '../a11y';
import { StorageError } from '../storage';
import { Button } from '../ui/Button';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SymbolImage } from '../ui/SymbolImage';
import { undoRemoval, type Removal } from './removalStore';
import { useRemoval, useSecondsLeft } from './useRemoval';
import './settingsData.css';

function UndoBanner({ removal }: { removal: Removal }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const seconds = useSecondsLeft(removal.endsAt);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const removed = t('removePerson.removed', { name: removal.name });
  const left = `${t('removePerson.canUndo')} ${t('removePerson.secondsLeft', { count: seconds })}`;

  async function handleUndo() {
    setIsBusy(true);
    setProblem(undefined);
    try {
      const back = await undoRemoval();
      if (back) announce(t('removePerson.back', { name: back.name }));
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsBusy(false);
    }
  }

  return (
    <aside className="banner removal-banner" aria-label={t('removePerson.bannerLabel')}>
      <div className="message message--info">
        <SymbolImage symbolId="1f5d1" alt="" size={40} />
        <div className="message__text">
          <p className="removal-banner__words">{removed}</p>
          <p className="removal-banner__words">{left}</p>
        </div>
        <div className="message__actions">
          <Button
            symbolId="21a9"
            variant="primary"
            size="large"
            disabled={isBusy}
            onClick={() => void handleUndo()}
          >
            {t('removePerson.undo')}
          </Button>
          <ReadAloudButton text={`${removed} ${left}`} />
        </div>
      </div>
      <ProblemMessage problem={problem} />
    </aside>
  );
}

/** The "Undo" banner of the last removal, or nothing. */
export function RemovalBanner() {
  const removal = useRemoval();
  return removal ? (
    <UndoBanner key={`${removal.personId}:${removal.endsAt}`} removal={removal} />
  ) : null;
}

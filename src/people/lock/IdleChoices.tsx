// After how long without a touch My Plan locks by itself: 1, 2, 5 or 10 minutes, as clock faces.
// Also says when else it locks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y';
import { IDLE_MINUTES, type IdleMinutes } from '../../domain/pictureCode';
import { setIdleMinutes, StorageError } from '../../storage';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { BigChoices, ChoiceLegend, type BigChoice } from '../BigChoices';
import '../howILikeIt.css';

const CLOCKS: Record<IdleMinutes, string> = { 1: '1f550', 2: '1f551', 5: '1f554', 10: '1f559' };

type Choice = `${IdleMinutes}`;

interface IdleChoicesProps {
  personId: string;
  idleMinutes: IdleMinutes;
}

/** The idle time of person `personId`, kept at once. */
export function IdleChoices({ personId, idleMinutes }: IdleChoicesProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [chosen, setChosen] = useState<IdleMinutes>();
  const [problem, setProblem] = useState<string>();
  const options: BigChoice<Choice>[] = IDLE_MINUTES.map((minutes) => ({
    id: `${minutes}`,
    symbolId: CLOCKS[minutes],
    label: t('lock.code.minutes', { count: minutes }),
  }));

  async function choose(choice: Choice) {
    const minutes = Number(choice) as IdleMinutes;
    setChosen(minutes);
    setProblem(undefined);
    try {
      await setIdleMinutes(personId, minutes);
      announce(t('howILikeIt.saved'));
    } catch (error) {
      setChosen(undefined);
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
  }

  return (
    <div className="lock">
      <BigChoices
        legend={<ChoiceLegend symbolId="23f1">{t('lock.code.idle')}</ChoiceLegend>}
        name="idle-minutes"
        options={options}
        value={`${chosen ?? idleMinutes}`}
        onChange={(choice) => void choose(choice)}
      />
      <ProblemMessage problem={problem} />
      <p>{t('lock.code.whenLocks')}</p>
      <p>{t('lock.code.whenHidden')}</p>
    </div>
  );
}

// The person's goals that have progress, plan by plan: each a big link to its goal progress with
// the card's picture and words, a small sign of the latest face, and a lock when it is private.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { Card } from '../domain/types';
import { PictureView } from '../pictures';
import { planTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';
import { FaceMark } from './FaceMark';
import { faceStep } from './scales';
import type { PlanGoals } from './useProgress';

interface GoalListProps {
  personId: string;
  plans: readonly PlanGoals[];
}

/** The goals with progress, grouped under their plan's picture and name. */
export function GoalList({ personId, plans }: GoalListProps) {
  const { t } = useTranslation();
  if (plans.length === 0) {
    return (
      <p className="lead">
        <SymbolImage symbolId="1f4dd" alt="" size={40} />
        {t('progress.noGoals')}
      </p>
    );
  }
  return plans.map(({ plan, goals }) => {
    const title = planTitle(plan, t);
    return (
      <div key={plan.id} className="progress-plan">
        <h3 className="progress-plan__title">
          <SymbolImage symbolId={plan.symbolId} alt="" size={36} />
          {title}
        </h3>
        <ul className="progress-goals" aria-label={title}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <GoalLink personId={personId} goal={goal} />
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

function GoalLink({ personId, goal }: { personId: string; goal: Card }) {
  const { t } = useTranslation();
  const latest = goal.ratings?.[goal.ratings.length - 1];
  return (
    <a
      className="progress-goal"
      href={hrefOf({ name: 'goal-progress', personId, cardId: goal.id })}
    >
      <PictureView picture={goal.picture} alt="" size={80} />
      <span className="progress-goal__words">{goal.words}</span>{' '}
      {latest ? (
        <FaceMark
          value={latest.value}
          size={40}
          alt={t('progress.latest', { face: t(faceStep(latest.value).nameKey) })}
        />
      ) : (
        <span className="progress-goal__none">{t('progress.noAnswer')}</span>
      )}{' '}
      {goal.isPrivate ? <PrivateMark /> : null}
    </a>
  );
}

/** A lock and the word "Private". */
export function PrivateMark() {
  const { t } = useTranslation();
  return (
    <span className="progress-private">
      <SymbolImage symbolId="1f512" alt="" size={28} />
      {t('progress.private')}
    </span>
  );
}

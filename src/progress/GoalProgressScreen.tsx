// One goal over time: the card, a picture timeline of what happened to it (lanes and faces),
// and a chart of how it is going with where the person wants it to be. Links back to the card.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { colourById } from '../domain/colours';
import { PictureView } from '../pictures';
import { planTitle } from '../plans';
import { LinkButton } from '../ui/Button';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { goalEvents, knownLanes } from './goalEvents';
import { GoalTimeline } from './GoalTimeline';
import { PrivateMark } from './GoalList';
import { RatingChartView } from './RatingChartView';
import { useGoalRecords } from './useProgress';
import './progress.css';

interface GoalProgressScreenProps {
  personId: string;
  cardId: string;
}

/** The progress of card `cardId`, one of person `personId`'s goals. */
export function GoalProgressScreen({ personId, cardId }: GoalProgressScreenProps) {
  const { t } = useTranslation();
  const records = useGoalRecords(personId, cardId);
  const timelineId = useId();
  const chartId = useId();
  const back = (
    <LinkButton href={hrefOf({ name: 'progress', personId })} symbolId="2b05" variant="quiet">
      {t('progress.back')}
    </LinkButton>
  );
  if (records === null) {
    return <NotFoundScreen message={t('progress.notFound')} start={back} />;
  }
  return (
    <ScreenLayout
      title={t('progress.goalTitle')}
      titlePicture={<SymbolImage symbolId="1f4c8" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={back}
    >
      {records ? (
        <div className="progress">
          <section
            className="progress-hero"
            aria-labelledby={`goal-words-${cardId}`}
            style={{ borderColor: colourById(records.card.colour).strong }}
          >
            <PictureView picture={records.card.picture} alt="" size={120} />
            <div className="progress-hero__text">
              <h2 className="progress-hero__words" id={`goal-words-${cardId}`}>
                {records.card.words}
              </h2>
              <p className="progress-hero__plan">
                <SymbolImage symbolId={records.plan.symbolId} alt="" size={32} />
                {planTitle(records.plan, t)}
              </p>
              {records.card.isPrivate ? <PrivateMark /> : null}
              <LinkButton href={hrefOf({ name: 'card', personId, cardId })} symbolId="1f4c4">
                {t('progress.openCard')}
              </LinkButton>
            </div>
          </section>
          <section aria-labelledby={timelineId}>
            <h2 className="section-title" id={timelineId}>
              <SymbolImage symbolId="1f4c5" alt="" size={36} />
              {t('progress.timeline')}
            </h2>
            <GoalTimeline
              events={goalEvents(records.card, records.history)}
              lanes={knownLanes(records.plan, records.history)}
              labelledBy={timelineId}
            />
          </section>
          <section aria-labelledby={chartId}>
            <h2 className="section-title" id={chartId}>
              <SymbolImage symbolId="1f4c8" alt="" size={36} />
              {t('progress.chart.title')}
            </h2>
            {records.card.ratings?.length ? (
              <RatingChartView ratings={records.card.ratings} />
            ) : (
              <p className="lead">{t('progress.noRatings')}</p>
            )}
          </section>
        </div>
      ) : null}
    </ScreenLayout>
  );
}

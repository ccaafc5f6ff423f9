// "My progress": the person's goals that were rated or moved, plan by plan, and how their
// meetings felt, meeting after meeting. Private cards are shown (this is the person's own tablet).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeLink, usePerson } from '../people';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { FeedbackTable } from './FeedbackTable';
import { GoalList } from './GoalList';
import { usePersonProgress } from './useProgress';
import './progress.css';

/** The progress screen of person `personId`. */
export function ProgressScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const progress = usePersonProgress(personId);
  const goalsId = useId();
  const meetingsId = useId();
  const home = <HomeLink personId={personId} />;
  if (person === null) {
    return <NotFoundScreen message={t('errors.personNotFound')} start={home} />;
  }
  return (
    <ScreenLayout
      title={t('progress.title')}
      titlePicture={<SymbolImage symbolId="1f4c8" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={home}
    >
      {person && progress ? (
        <div className="progress">
          <section aria-labelledby={goalsId}>
            <h2 className="section-title" id={goalsId}>
              <SymbolImage symbolId="1f3af" alt="" size={36} />
              {t('progress.goals')}
            </h2>
            <GoalList personId={personId} plans={progress.plans} />
          </section>
          <section aria-labelledby={meetingsId}>
            <h2 className="section-title" id={meetingsId}>
              <SymbolImage symbolId="1f91d" alt="" size={36} />
              {t('progress.meetings')}
            </h2>
            <FeedbackTable
              personId={personId}
              meetings={progress.meetings}
              labelledBy={meetingsId}
            />
          </section>
        </div>
      ) : null}
    </ScreenLayout>
  );
}

// A person's home: their plans, and a way to start a new one.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { planTitle, usePlans } from '../plans';
import { LinkButton } from '../ui/Button';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { BackupReminder } from '../settings';
import { ResetNotice } from './lock';
import { PersonPicture } from './PersonPicture';
import { usePerson } from './usePeople';

const MeetingList = lazy(() => import('../meetings').then((m) => ({ default: m.MeetingList })));

/** The home screen of one person. */
export function HomeScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const plans = usePlans(personId);
  const back = (
    <LinkButton href={hrefOf({ name: 'people' })} symbolId="1f465" variant="quiet">
      {t('nav.changePerson')}
    </LinkButton>
  );
  if (person === null) {
    return <NotFoundScreen message={t('errors.personNotFound')} start={back} />;
  }
  if (!person) return null;
  return (
    <ScreenLayout
      title={t('home.title', { name: person.name })}
      titlePicture={<PersonPicture person={person} alt="" size={48} />}
      navLabel={t('nav.label')}
      start={back}
      end={
        <>
          <LinkButton
            href={hrefOf({ name: 'how-i-like-it', personId })}
            symbolId="1f44d"
            variant="quiet"
          >
            {t('howILikeIt.title')}
          </LinkButton>
          <LinkButton href={hrefOf({ name: 'settings' })} symbolId="2699" variant="quiet">
            {t('settings.title')}
          </LinkButton>
        </>
      }
    >
      <ResetNotice person={person} />
      <BackupReminder personId={personId} />
      <h2 className="section-title">
        <SymbolImage symbolId="1f4cb" alt="" size={36} />
        {t('home.myPlans')}
      </h2>
      {plans && plans.length === 0 ? <p className="lead">{t('home.noPlans')}</p> : null}
      <ul className="tiles" aria-label={t('home.myPlans')}>
        {(plans ?? []).map((plan) => (
          <li key={plan.id}>
            <a className="tile" href={hrefOf({ name: 'plan', personId, planId: plan.id })}>
              <SymbolImage symbolId={plan.symbolId} alt="" size={96} />
              <span className="tile__name">{planTitle(plan, t)}</span>
            </a>
          </li>
        ))}
        <li>
          <a className="tile tile--add" href={hrefOf({ name: 'new-plan', personId })}>
            <SymbolImage symbolId="2795" alt="" size={96} />
            <span className="tile__name">{t('home.newPlan')}</span>
          </a>
        </li>
      </ul>
      <h2 className="section-title">
        <SymbolImage symbolId="1f91d" alt="" size={36} />
        {t('home.myMeetings')}
      </h2>
      <ul className="tiles" aria-label={t('home.myMeetings')}>
        <li>
          <a className="tile tile--add" href={hrefOf({ name: 'meeting-new', personId })}>
            <SymbolImage symbolId="1f91d" alt="" size={96} />
            <span className="tile__name">{t('home.startMeeting')}</span>
          </a>
        </li>
      </ul>
      <Suspense fallback={null}>
        <MeetingList personId={personId} />
      </Suspense>
      <h2 className="section-title">
        <SymbolImage symbolId="1f4c2" alt="" size={36} />
        {t('home.more')}
      </h2>
      <ul className="tiles" aria-label={t('home.more')}>
        <li>
          <a className="tile" href={hrefOf({ name: 'progress', personId })}>
            <SymbolImage symbolId="1f4c8" alt="" size={96} />
            <span className="tile__name">{t('home.progress')}</span>
          </a>
        </li>
        <li>
          <a className="tile" href={hrefOf({ name: 'open-file', personId })}>
            <SymbolImage symbolId="1f4e5" alt="" size={96} />
            <span className="tile__name">{t('home.openFile')}</span>
          </a>
        </li>
        <li>
          <a className="tile" href={hrefOf({ name: 'backup', personId })}>
            <SymbolImage symbolId="1f4be" alt="" size={96} />
            <span className="tile__name">{t('home.backup')}</span>
          </a>
        </li>
        <li>
          <a className="tile" href={hrefOf({ name: 'picture-code', personId })}>
            <SymbolImage symbolId="1f512" alt="" size={96} />
            <span className="tile__name">{t('lock.code.title')}</span>
          </a>
        </li>
      </ul>
    </ScreenLayout>
  );
}

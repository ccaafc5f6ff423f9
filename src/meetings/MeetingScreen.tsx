// The meeting itself, on the table for everyone to see and led by the person: no app bar, all
// large, full screen where the tablet can. The plan as a board or one card at a time; rate,
// agree actions, let helpers write notes (after a yes); "End the meeting" leads to the feedback.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { Card } from '../domain/types';
import { HomeLink, usePerson } from '../people';
import { planTitle } from '../plans';
import { LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import { ActionForm } from './ActionForm';
import { MeetingBar, type MeetingView } from './MeetingBar';
import { MeetingEnd } from './MeetingEnd';
import { MeetingPlanView } from './MeetingPlanView';
import { useMeetingPlans } from './useMeetingData';
import { useMeeting } from './useMeetings';
import './meeting.css';

/** Where the meeting is: kept across a reload of the tab. */
interface MeetingPlace {
  view: MeetingView;
  planId: string;
  /** The card shown one at a time, per plan. */
  cardIds: Record<string, string>;
  showPrivate: boolean;
}

/** The screen of meeting `meetingId` of person `personId`. */
export function MeetingScreen({ personId, meetingId }: { personId: string; meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const person = usePerson(personId);
  const plans = useMeetingPlans(meeting?.planIds);
  const [place, setPlace] = useDraft<MeetingPlace>(`meeting:${meetingId}`, {
    view: 'board',
    planId: '',
    cardIds: {},
    showPrivate: false,
  });
  const [panel, setPanel] = useState<'action' | 'end'>();
  const [focusCardId, setFocusCardId] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = person ? t('meeting.title', { name: person.name }) : '';
  const isReady = Boolean(meeting && person && plans);
  const isEnding = panel === 'end';

  useEffect(() => {
    // On opening (and back from the end): the title is said first, as on every screen.
    if (!isReady || isEnding) return;
    document.title = title;
    headingRef.current?.focus({ preventScroll: true });
  }, [isReady, isEnding, title]);

  if (meeting === null || person === null || (meeting && meeting.personId !== personId)) {
    return (
      <NotFoundScreen message={t('meeting.notFound')} start={<HomeLink personId={personId} />} />
    );
  }
  if (!meeting || !person || !plans) return null;
  if (panel === 'end') {
    return (
      <MeetingEnd personId={personId} meetingId={meetingId} onBack={() => setPanel(undefined)} />
    );
  }
  if (meeting.endedAt !== undefined) {
    return (
      <ScreenLayout
        title={title}
        navLabel={t('nav.label')}
        start={<HomeLink personId={personId} />}
      >
        <Message tone="info">{t('meeting.ended')}</Message>
        <LinkButton
          href={hrefOf({ name: 'meeting-summary', personId, meetingId })}
          symbolId="1f4cb"
          size="large"
          variant="primary"
        >
          {t('meeting.summary')}
        </LinkButton>
      </ScreenLayout>
    );
  }
  const plan = plans.find((item) => item.id === place.planId) ?? plans[0];

  function showCard(card: Card) {
    setPlace({ view: 'card', cardIds: { ...place.cardIds, [card.planId]: card.id } });
    setFocusRequest((n) => n + 1);
  }

  function handleActionDone(card: Card) {
    setPanel(undefined);
    setPlace({ view: 'board', planId: card.planId });
    setFocusCardId(card.id);
  }

  return (
    <div className="meeting">
      <MeetingBar
        title={title}
        headingRef={headingRef}
        view={place.view}
        isActionOpen={panel === 'action'}
        onView={(view) => {
          setPanel(undefined);
          setPlace({ view });
        }}
        onAction={() => setPanel(panel === 'action' ? undefined : 'action')}
        onEnd={() => setPanel('end')}
      />
      <main className="meeting__main" id="main">
        {plans.length > 1 ? (
          <div className="meeting__plans" role="group" aria-label={t('meeting.plans')}>
            {plans.map((item) => (
              <button
                key={item.id}
                type="button"
                className="meeting__plan"
                aria-pressed={item.id === plan?.id}
                onClick={() => setPlace({ planId: item.id })}
              >
                <SymbolImage symbolId={item.symbolId} alt="" size={48} />
                <span>{planTitle(item, t)}</span>
              </button>
            ))}
          </div>
        ) : null}
        {!plan ? <Message tone="info">{t('meeting.setup.noPlans')}</Message> : null}
        {plan && panel === 'action' ? (
          <ActionForm
            key={plan.id}
            meeting={meeting}
            plan={plan}
            onDone={handleActionDone}
            onCancel={() => {
              setPanel(undefined);
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>('.meeting__action')?.focus(),
              );
            }}
          />
        ) : null}
        {plan && panel !== 'action' ? (
          <MeetingPlanView
            key={plan.id}
            plan={plan}
            meeting={meeting}
            view={place.view}
            cardId={place.cardIds[plan.id]}
            showPrivate={place.showPrivate}
            focusCardId={focusCardId}
            focusRequest={focusRequest}
            onShowPrivate={(showPrivate) => setPlace({ showPrivate })}
            onShowCard={showCard}
            onMove={(cardId) => setPlace({ cardIds: { ...place.cardIds, [plan.id]: cardId } })}
          />
        ) : null}
      </main>
    </div>
  );
}

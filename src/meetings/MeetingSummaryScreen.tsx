// What a meeting looked at and agreed, in pictures: the person keeps it, and can print it on one
// A4 page that looks like the screen (print CSS in summaryPrint.css; private cards never printed).
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { HomeLink, PersonPicture } from '../people';
import { recordShare, StorageError } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SummaryActions, SummaryRatings } from './MeetingSummaryCards';
import {
  SummaryFeedback,
  SummaryNextDate,
  SummaryPeople,
  SummaryPlans,
} from './MeetingSummaryParts';
import { dateInWords, printedShare } from './summaryFacts';
import { useMeetingSummary } from './useMeetingSummary';
import './summary.css';
import './summaryPrint.css';

/**
 * True while the page is being printed (the browser's Print too): private words are then taken
 * out of the page, not only hidden. `print` opens the browser's print dialog.
 */
function usePrinting(): [boolean, () => void] {
  const [isPrinting, setIsPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setIsPrinting(true));
    const after = () => setIsPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setIsPrinting(true));
    try {
      window.print();
    } finally {
      setIsPrinting(false);
    }
  }, []);
  return [isPrinting, print];
}

/** The summary of meeting `meetingId` of `personId`, with a Print button. */
export function MeetingSummaryScreen({
  personId,
  meetingId,
}: {
  personId: string;
  meetingId: string;
}) {
  const { t, i18n } = useTranslation();
  const data = useMeetingSummary(personId, meetingId);
  const [isPrinting, print] = usePrinting();
  const [problem, setProblem] = useState<string>();
  const home = <HomeLink personId={personId} />;
  if (data === undefined) return null;
  if (data === null) {
    return <NotFoundScreen message={t('meetingEnd.summary.notFound')} start={home} />;
  }
  const { meeting, person, ratings, actions } = data;

  // Printing is a share: logged first (as the share screen does), so nothing leaves unrecorded.
  async function handlePrint() {
    const cards = [...ratings.map((rating) => rating.card), ...actions];
    try {
      await recordShare(printedShare(meeting, cards, Date.now()));
      setProblem(undefined);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      return;
    }
    print();
  }

  return (
    <ScreenLayout
      title={t('meetingEnd.summary.when', { date: dateInWords(meeting.date, i18n.language) })}
      titlePicture={<PersonPicture person={person} alt="" size={56} />}
      navLabel={t('nav.label')}
      start={home}
      end={
        <Button symbolId="1f5a8" variant="primary" onClick={() => void handlePrint()}>
          {t('meetingEnd.summary.print')}
        </Button>
      }
    >
      <div className="summary__screen-only">
        <ProblemMessage problem={problem} />
      </div>
      {meeting.endedAt === undefined ? (
        <div className="summary__screen-only">
          <Message
            tone="info"
            actions={
              <LinkButton href={hrefOf({ name: 'meeting', personId, meetingId })} symbolId="1f91d">
                {t('meetingEnd.summary.backToMeeting')}
              </LinkButton>
            }
          >
            {t('meetingEnd.summary.notEnded')}
          </Message>
        </div>
      ) : null}
      <div className="meeting-summary">
        <SummaryPeople person={person} participants={data.participants} />
        <SummaryPlans plans={data.plans} />
        <SummaryNextDate nextDate={meeting.nextDate} />
        <SummaryRatings ratings={ratings} isPrinting={isPrinting} />
        <SummaryActions actions={actions} supporters={data.supporters} isPrinting={isPrinting} />
        <SummaryFeedback feedback={meeting.feedback} />
      </div>
    </ScreenLayout>
  );
}

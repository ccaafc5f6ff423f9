// The end of a meeting: the person says in faces how the meeting was (each answer saved at
// once, any can be skipped), may set the next meeting's date, and finishes: on to the summary.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { Meeting } from '../domain/types';
import { HomeLink } from '../people';
import { Button } from '../ui/Button';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { FEEDBACK_FACES, FEEDBACK_QUESTIONS, faceOn } from './feedback';
import { MeetingEndQuestion } from './MeetingEndQuestion';
import { useMeeting } from './useMeetings';
import { useMeetingEnd } from './useMeetingEnd';
import './summary.css';

interface MeetingEndProps {
  personId: string;
  meetingId: string;
  /** Goes back to the meeting (nothing is lost: every answer is saved already). */
  onBack: () => void;
}

function MeetingEndForm({ meeting, onBack }: { meeting: Meeting; onBack: () => void }) {
  const { t } = useTranslation();
  const dateId = useId();
  const end = useMeetingEnd(meeting);

  async function handleFinish() {
    if (!(await end.finish())) return;
    // Replaces the meeting in the history: Back from the summary does not reopen the meeting.
    window.location.replace(
      hrefOf({ name: 'meeting-summary', personId: meeting.personId, meetingId: meeting.id }),
    );
  }

  return (
    <ScreenLayout
      title={t('meetingEnd.title')}
      titlePicture={<SymbolImage symbolId="1f4ac" alt="" size={48} />}
      navLabel={t('nav.label')}
      start={
        <Button symbolId="2b05" variant="quiet" onClick={onBack}>
          {t('meetingEnd.back')}
        </Button>
      }
    >
      <div className="meeting-end">
        <p className="lead">{t('meetingEnd.intro')}</p>
        {FEEDBACK_QUESTIONS.map((question) => (
          <MeetingEndQuestion
            key={question.key}
            question={question}
            value={end.feedback[question.key]}
            onAnswer={(value) =>
              end.answer(
                question.key,
                value,
                t('meetingEnd.saved', {
                  question: t(question.textKey),
                  face: t(faceOn(FEEDBACK_FACES, value).nameKey),
                }),
              )
            }
          />
        ))}
        <div className="field meeting-end__date">
          <label htmlFor={dateId}>
            <SymbolImage symbolId="1f4c5" alt="" size={40} />
            {t('meetingEnd.nextDate')}
          </label>
          <input
            id={dateId}
            type="date"
            value={end.nextDate}
            onChange={(event) => end.changeNextDate(event.target.value)}
            onBlur={end.saveNextDate}
          />
        </div>
        <ProblemMessage problem={end.problem} />
        <div className="meeting-end__finish">
          <Button
            symbolId="1f3c1"
            variant="primary"
            size="large"
            onClick={() => void handleFinish()}
          >
            {t('meetingEnd.finish')}
          </Button>
        </div>
      </div>
    </ScreenLayout>
  );
}

/** The end of meeting `meetingId`: feedback in faces, the next date, and "Finish". */
export function MeetingEnd({ personId, meetingId, onBack }: MeetingEndProps) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  if (meeting === undefined) return null;
  if (meeting === null || meeting.personId !== personId) {
    return (
      <NotFoundScreen
        message={t('meetingEnd.summary.notFound')}
        start={<HomeLink personId={personId} />}
      />
    );
  }
  return <MeetingEndForm key={meeting.id} meeting={meeting} onBack={onBack} />;
}

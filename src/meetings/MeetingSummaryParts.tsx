// The parts of a meeting's summary that are not cards: who was there, the plans looked at, the
// next meeting's date, and what the person said about the meeting (faces).
import { useTranslation } from 'react-i18next';
import type { MeetingFeedback, Person, Plan, Supporter } from '../domain/types';
import { PersonPicture } from '../people';
import { PictureView } from '../pictures';
import { planTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';
import { FEEDBACK_FACES, FEEDBACK_QUESTIONS, faceOn } from './feedback';
import { MeetingSummarySection } from './MeetingSummarySection';
import { dateInWords } from './summaryFacts';

/** "Who was there": the person first, then everyone who took part, with their pictures. */
export function SummaryPeople({
  person,
  participants,
}: {
  person: Person;
  participants: readonly Supporter[];
}) {
  const { t } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f465" title={t('meetingEnd.summary.people')}>
      <ul className="summary-people">
        <li className="summary-person">
          <PersonPicture person={person} alt="" size={88} />
          <span className="summary-person__name">{person.name}</span>
        </li>
        {participants.map((supporter) => (
          <li key={supporter.id} className="summary-person">
            <PictureView picture={supporter.picture} alt="" size={88} />
            <span className="summary-person__name">{supporter.name}</span>
          </li>
        ))}
      </ul>
    </MeetingSummarySection>
  );
}

/** "Plans we looked at", each with its picture. */
export function SummaryPlans({ plans }: { plans: readonly Plan[] }) {
  const { t } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f4cb" title={t('meetingEnd.summary.plans')}>
      {plans.length === 0 ? (
        <p className="summary__empty">{t('meetingEnd.summary.noPlans')}</p>
      ) : (
        <ul className="summary-plans">
          {plans.map((plan) => (
            <li key={plan.id} className="summary-plan">
              <SymbolImage symbolId={plan.symbolId} alt="" size={56} />
              <span>{planTitle(plan, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </MeetingSummarySection>
  );
}

/** "What I said about the meeting": each sentence with the face chosen, or "No answer". */
export function SummaryFeedback({ feedback }: { feedback?: MeetingFeedback }) {
  const { t } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f4ac" title={t('meetingEnd.summary.feedback')} wide>
      <ul className="summary-feedback">
        {FEEDBACK_QUESTIONS.map((question) => {
          const value = feedback?.[question.key];
          const face = value ? faceOn(FEEDBACK_FACES, value) : undefined;
          return (
            <li key={question.key} className="summary-feedback__item">
              <span className="summary-feedback__sentence">
                <SymbolImage symbolId={question.symbolId} alt="" size={40} />
                <span>{t(question.textKey)}</span>
              </span>
              {face ? (
                <span className="summary-feedback__face">
                  <SymbolImage symbolId={face.symbolId} alt="" size={56} />
                  <span className="summary-answer__value">{t(face.nameKey)}</span>
                </span>
              ) : (
                <span className="summary__empty">{t('meetingEnd.summary.noAnswer')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </MeetingSummarySection>
  );
}

/** "Next meeting": its day in words, or "No date yet". */
export function SummaryNextDate({ nextDate }: { nextDate?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f4c5" title={t('meetingEnd.summary.next')}>
      <p className={nextDate ? 'summary-next' : 'summary__empty'}>
        {nextDate ? dateInWords(nextDate, i18n.language) : t('meetingEnd.summary.noNext')}
      </p>
    </MeetingSummarySection>
  );
}

// "How my meetings felt": a table with one row per meeting (oldest first) and one face per
// question, each face on its own colour, so it reads without reading; a screen reader reads the
// question and the face's name for every cell.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { Meeting } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { FaceMark } from './FaceMark';
import { feedbackRows } from './feedbackRows';
import { agreeKey, FEEDBACK_QUESTIONS } from './scales';
import { useDateWords } from './useDateWords';

interface FeedbackTableProps {
  personId: string;
  meetings: readonly Meeting[];
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/** The person's answers after each meeting, or plain words when there are none. */
export function FeedbackTable({ personId, meetings, labelledBy }: FeedbackTableProps) {
  const { t } = useTranslation();
  // Short month names: five columns must fit a phone.
  const dateWords = useDateWords('short');
  const rows = feedbackRows(meetings);
  if (rows.length === 0) {
    return (
      <p className="lead">
        <SymbolImage symbolId="1f4c5" alt="" size={40} />
        {meetings.length === 0 ? t('progress.noMeetings') : t('progress.noFeedback')}
      </p>
    );
  }
  return (
    <table className="progress-feedback" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">
            <SymbolImage symbolId="1f4c5" alt="" size={40} />
            <span>{t('progress.meeting')}</span>
          </th>
          {FEEDBACK_QUESTIONS.map((question) => (
            <th key={question.key} scope="col">
              <SymbolImage symbolId={question.symbolId} alt="" size={40} />
              <span>{t(question.textKey)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.meetingId}>
            <th scope="row">
              <a
                className="progress-feedback__date"
                href={hrefOf({ name: 'meeting-summary', personId, meetingId: row.meetingId })}
              >
                {dateWords(row.date)}
              </a>
            </th>
            {row.answers.map((answer, index) =>
              answer ? (
                <td
                  key={FEEDBACK_QUESTIONS[index]?.key}
                  className={`progress-face-cell progress-face-cell--${answer}`}
                >
                  <FaceMark value={answer} size={44} alt={t(agreeKey(answer))} />
                </td>
              ) : (
                <td key={FEEDBACK_QUESTIONS[index]?.key} className="progress-face-cell">
                  {t('progress.notAnswered')}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// "How my meetings felt": one row per meeting the person gave feedback at, oldest first, so the
// rows read like a story from the first meeting to the last.
import type { Meeting, MeetingFeedback, ScaleStep } from '../domain/types';
import { FEEDBACK_QUESTIONS } from './scales';

/** One meeting's answers, in the order of FEEDBACK_QUESTIONS (undefined: not answered). */
export interface FeedbackRow {
  meetingId: string;
  date: number;
  answers: (ScaleStep | undefined)[];
}

/** Whether any of the four questions was answered. */
export function hasFeedback(feedback: MeetingFeedback | undefined): boolean {
  return FEEDBACK_QUESTIONS.some((question) => feedback?.[question.key] !== undefined);
}

/** The meetings with feedback as rows, oldest first. */
export function feedbackRows(meetings: readonly Meeting[]): FeedbackRow[] {
  return meetings
    .filter((meeting) => hasFeedback(meeting.feedback))
    .sort((a, b) => a.date - b.date || a.createdAt - b.createdAt)
    .map((meeting) => ({
      meetingId: meeting.id,
      date: meeting.date,
      answers: FEEDBACK_QUESTIONS.map((question) => meeting.feedback?.[question.key]),
    }));
}

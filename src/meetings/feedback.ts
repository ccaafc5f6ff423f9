// The person's answers at the end of a meeting: four sentences, each answered with a face, and
// the days of the next meeting. Plain data and logic, no React (the faces: domain/scales.ts).
import type { MeetingFeedback, ScaleStep } from '../domain/types';

export {
  AGREE_FACES as FEEDBACK_FACES,
  FEEDBACK_QUESTIONS,
  faceOn,
  RATING_FACES,
  type FeedbackQuestion,
  type ScaleFace,
} from '../domain/scales';

/** The feedback with one more answer (a later answer to the same sentence replaces the earlier). */
export function withFeedback(
  feedback: MeetingFeedback | undefined,
  key: keyof MeetingFeedback,
  value: ScaleStep,
): MeetingFeedback {
  return { ...feedback, [key]: value };
}

/** A day as `YYYY-MM-DD` (what a date field gives), or undefined for an empty or broken value. */
export function dayOrUndefined(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = dayToDate(text);
  return date.getMonth() + 1 === Number(match[2]) && date.getDate() === Number(match[3])
    ? text
    : undefined;
}

/** Noon of a `YYYY-MM-DD` day in local time (noon: no time zone moves it to another day). */
export function dayToDate(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

// The five faces of "How is it going", from very bad to very good, and how a new answer is kept.
import { faceOn, RATING_FACES, type ScaleFace } from '../domain/scales';
import type { Rating } from '../domain/types';

/** The scale, worst first. */
export const FACES = RATING_FACES;

/** The face of a value (a stored value is always 1–5). */
export function faceOf(value: Rating['value']): ScaleFace {
  return faceOn(RATING_FACES, value);
}

/** A new answer, dated now. */
export function answerNow(value: Rating['value']): Rating {
  return { value, at: Date.now() };
}

/**
 * A change of mind this soon after an answer given on this screen corrects that answer instead
 * of adding another one: a slip of the finger, or arrow keys passing over the faces, is not history.
 */
export const CORRECTION_MS = 60_000;

/**
 * The ratings with a new answer: appended, or replacing `correcting` (the answer given on this
 * screen a moment ago) when it is still the newest one and younger than CORRECTION_MS.
 */
export function withAnswer(
  ratings: readonly Rating[],
  answer: Rating,
  correcting?: Rating,
): Rating[] {
  const last = ratings[ratings.length - 1];
  const isCorrection =
    correcting !== undefined &&
    last !== undefined &&
    last.at === correcting.at &&
    last.value === correcting.value &&
    answer.at - correcting.at < CORRECTION_MS;
  return [...(isCorrection ? ratings.slice(0, -1) : ratings), answer];
}

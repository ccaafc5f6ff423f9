// The faces the progress screens show, from the one list in domain/scales.ts, so a face has the
// same picture and words here as on the card screen and at the end of a meeting.
import { AGREE_FACES, faceOn, RATING_FACES, type ScaleFace } from '../domain/scales';
import type { ScaleStep } from '../domain/types';

export { FEEDBACK_QUESTIONS } from '../domain/scales';

/** The "how is it going" face of a step (a stored step is always 1–5). */
export function faceStep(value: ScaleStep): ScaleFace {
  return faceOn(RATING_FACES, value);
}

/** The key of a face's words as an answer to a meeting sentence ("No" … "Yes, very much"). */
export function agreeKey(value: ScaleStep): string {
  return faceOn(AGREE_FACES, value).nameKey;
}

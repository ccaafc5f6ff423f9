// The 5-face scales used everywhere the person answers with a face: "how is it going" on a card,
// and how much they agree with the four sentences after a meeting. One list, so a face always
// has the same picture and the same words on every screen (easy-read: same word, same thing).
import type { MeetingFeedback, ScaleStep } from './types';

/** One face of a 5-face scale: its value, picture and the key of its name. */
export interface ScaleFace {
  value: ScaleStep;
  symbolId: string;
  nameKey: string;
}

/** "How is it going", worst first. */
export const RATING_FACES: readonly ScaleFace[] = [
  { value: 1, symbolId: '1f61e', nameKey: 'cardScreen.rating.veryBad' },
  { value: 2, symbolId: '1f641', nameKey: 'cardScreen.rating.bad' },
  { value: 3, symbolId: '1f610', nameKey: 'cardScreen.rating.ok' },
  { value: 4, symbolId: '1f642', nameKey: 'cardScreen.rating.good' },
  { value: 5, symbolId: '1f600', nameKey: 'cardScreen.rating.veryGood' },
];

/** How much the person agrees with a sentence ("No" … "Yes, very much"): the same faces. */
export const AGREE_FACES: readonly ScaleFace[] = [
  { value: 1, symbolId: '1f61e', nameKey: 'meetingEnd.faces.no' },
  { value: 2, symbolId: '1f641', nameKey: 'meetingEnd.faces.notReally' },
  { value: 3, symbolId: '1f610', nameKey: 'meetingEnd.faces.aBit' },
  { value: 4, symbolId: '1f642', nameKey: 'meetingEnd.faces.mostly' },
  { value: 5, symbolId: '1f600', nameKey: 'meetingEnd.faces.yes' },
];

/** The face of `value` on `scale` (a stored value is always 1–5). */
export function faceOn(scale: readonly ScaleFace[], value: ScaleStep): ScaleFace {
  return scale[value - 1] ?? (scale[2] as ScaleFace);
}

/** One sentence the person answers at the end of a meeting. */
export interface FeedbackQuestion {
  key: keyof MeetingFeedback;
  symbolId: string;
  textKey: string;
}

/** The four sentences, in the order they are asked. */
export const FEEDBACK_QUESTIONS: readonly FeedbackQuestion[] = [
  { key: 'listened', symbolId: '1f442', textKey: 'meetingEnd.questions.listened' },
  { key: 'decided', symbolId: '270b', textKey: 'meetingEnd.questions.decided' },
  { key: 'understood', symbolId: '1f4a1', textKey: 'meetingEnd.questions.understood' },
  { key: 'knowNext', symbolId: '1f463', textKey: 'meetingEnd.questions.knowNext' },
];

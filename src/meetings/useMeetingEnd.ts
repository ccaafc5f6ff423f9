// How the end of a meeting saves: every answer at once, one write after another (so quick taps
// never overwrite each other), the next date after a short pause, and Finish with everything.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import type { Meeting, MeetingFeedback, ScaleStep } from '../domain/types';
import { StorageError, updateMeeting, type MeetingChange } from '../storage';
import { dayOrUndefined, withFeedback } from './feedback';

/** Typing a date digit by digit passes through other valid dates: save only after a pause. */
const DATE_SAVE_DELAY_MS = 600;

/** What the end-of-meeting screen shows and can do. */
export interface MeetingEndState {
  feedback: MeetingFeedback;
  nextDate: string;
  problem?: string;
  answer: (key: keyof MeetingFeedback, value: ScaleStep, said: string) => void;
  changeNextDate: (text: string) => void;
  saveNextDate: () => void;
  /** Saves the next date and the end time; resolves to true when saved. */
  finish: () => Promise<boolean>;
}

/** Saves the answers, next date and end of `meeting` (read once, when the screen opens). */
export function useMeetingEnd(meeting: Meeting): MeetingEndState {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [feedback, setFeedback] = useState<MeetingFeedback>(meeting.feedback ?? {});
  const [nextDate, setNextDate] = useState(meeting.nextDate ?? '');
  const [problem, setProblem] = useState<string>();
  const answers = useRef<MeetingFeedback>(meeting.feedback ?? {});
  const stored = useRef<MeetingFeedback>(meeting.feedback ?? {});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pendingDate = useRef<string>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = useCallback(
    (change: () => MeetingChange, said?: string): Promise<boolean> => {
      const run = queue.current.then(async () => {
        try {
          const saved = await updateMeeting(meeting.id, change());
          stored.current = saved.feedback ?? {};
          setProblem(undefined);
          if (said) announce(said);
          return true;
        } catch (error) {
          setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [announce, meeting.id, t],
  );

  const saveNextDate = useCallback(() => {
    clearTimeout(timer.current);
    const text = pendingDate.current;
    if (text === undefined) return;
    pendingDate.current = undefined;
    const day = dayOrUndefined(text);
    void save(
      () => ({ nextDate: day }),
      t(day ? 'meetingEnd.nextDateSaved' : 'meetingEnd.nextDateCleared'),
    );
  }, [save, t]);

  useEffect(() => saveNextDate, [saveNextDate]);

  function answer(key: keyof MeetingFeedback, value: ScaleStep, said: string) {
    answers.current = withFeedback(answers.current, key, value);
    setFeedback(answers.current);
    void save(() => ({ feedback: answers.current }), said).then((isSaved) => {
      if (isSaved) return;
      answers.current = stored.current;
      setFeedback(stored.current);
    });
  }

  function changeNextDate(text: string) {
    setNextDate(text);
    pendingDate.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(saveNextDate, DATE_SAVE_DELAY_MS);
  }

  function finish(): Promise<boolean> {
    clearTimeout(timer.current);
    const text = pendingDate.current;
    pendingDate.current = undefined;
    const change: MeetingChange = { endedAt: Date.now() };
    if (text !== undefined) change.nextDate = dayOrUndefined(text);
    return save(() => change, t('meetingEnd.finished'));
  }

  return { feedback, nextDate, problem, answer, changeNextDate, saveNextDate, finish };
}

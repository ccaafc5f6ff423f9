// "How is it going?" in a meeting: two picture ladders of five steps, where it is now and where
// the person wants it to be (as in Randers' visual plan). Saved at once with the meeting's id; a
// change of mind in the same meeting replaces that meeting's answer.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import type { Card, ScaleStep } from '../domain/types';
import { rateInMeeting, StorageError, type MeetingAnswer } from '../storage';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SymbolImage } from '../ui/SymbolImage';
import { faceOn, RATING_FACES } from './feedback';
import { LADDER, ratingIn } from './meetingCards';

interface LadderProps {
  legend: string;
  symbolId: string;
  value?: ScaleStep;
  /** Said when the ladder cannot be used yet. */
  hint?: string;
  onChoose: (value: ScaleStep) => void;
}

/** One ladder: five rungs from the top (very good) down, each a radio button with a face. */
function Ladder({ legend, symbolId, value, hint, onChoose }: LadderProps) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  return (
    <fieldset
      className="ladder"
      disabled={hint !== undefined}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className="ladder__legend">
        <SymbolImage symbolId={symbolId} alt="" size={40} />
        {legend}
      </legend>
      {hint ? (
        <p className="ladder__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="ladder__rungs">
        {LADDER.map((step) => (
          <label key={step.value} className="ladder__rung">
            <input
              type="radio"
              name={name}
              value={step.value}
              checked={value === step.value}
              onChange={() => onChoose(step.value)}
            />
            <span className="ladder__n">{step.value}</span>{' '}
            <SymbolImage symbolId={step.symbolId} alt="" size={48} />
            <span className="ladder__name">{t(step.nameKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The two ladders for `card` in meeting `meetingId`. */
export function LadderRating({ card, meetingId }: { card: Card; meetingId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const stored = ratingIn(card, meetingId);
  // An answer shows at once and stays shown while it is being saved, also when an earlier answer's
  // save comes back in between (a quick change of mind never flickers back); once everything
  // chosen is stored, or saving failed, the stored answer is shown again.
  const [pending, setPending] = useState<MeetingAnswer>();
  const [problem, setProblem] = useState<string>();
  const settled =
    pending !== undefined &&
    (pending.value === undefined || pending.value === stored?.value) &&
    (pending.wish === undefined || pending.wish === stored?.wish);
  if (settled) setPending(undefined); // adjusts state while rendering, as React advises
  const shown = pending ? { ...stored, ...pending } : stored;

  async function choose(answer: MeetingAnswer) {
    setPending((before) => ({ ...before, ...answer }));
    try {
      await rateInMeeting(meetingId, card.id, answer);
      setProblem(undefined);
      const step = t(faceOn(RATING_FACES, (answer.value ?? answer.wish) as ScaleStep).nameKey);
      announce(t(answer.value ? 'meeting.ladder.savedNow' : 'meeting.ladder.savedWish', { step }));
    } catch (error) {
      setPending(undefined);
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
  }

  return (
    <section className="meeting-ladders" aria-labelledby={headingId}>
      <h3 className="meeting-section__title" id={headingId}>
        <SymbolImage symbolId="1fa9c" alt="" size={40} />
        {t('meeting.ladder.title')}
      </h3>
      <div className="meeting-ladders__pair">
        <Ladder
          legend={t('meeting.ladder.now')}
          symbolId="1f4cd"
          value={shown?.value}
          onChoose={(value) => void choose({ value })}
        />
        <Ladder
          legend={t('meeting.ladder.wish')}
          symbolId="2b50"
          value={shown?.wish}
          hint={shown?.value === undefined ? t('meeting.ladder.nowFirst') : undefined}
          onChoose={(wish) => void choose({ wish })}
        />
      </div>
      <ProblemMessage problem={problem} />
    </section>
  );
}

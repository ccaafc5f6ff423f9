// One sentence at the end of a meeting ("I was listened to"), answered with one of five big
// faces. A radio group named by the sentence; the sentence can be read aloud.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import type { ScaleStep } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { FEEDBACK_FACES, type FeedbackQuestion } from './feedback';

interface MeetingEndQuestionProps {
  question: FeedbackQuestion;
  value?: ScaleStep;
  onAnswer: (value: ScaleStep) => void;
}

/** A sentence with its picture and the five faces to answer it. */
export function MeetingEndQuestion({ question, value, onAnswer }: MeetingEndQuestionProps) {
  const { t } = useTranslation();
  const groupName = useId();
  const sentence = t(question.textKey);
  return (
    <fieldset className="feedback-question">
      <legend className="feedback-question__sentence">
        <SymbolImage symbolId={question.symbolId} alt="" size={56} />
        <span>{sentence}</span>
      </legend>
      <ReadAloudButton text={sentence} />
      <div className="feedback-faces">
        {FEEDBACK_FACES.map((face) => (
          <label key={face.value} className="feedback-faces__option">
            <input
              type="radio"
              name={groupName}
              value={face.value}
              checked={value === face.value}
              onChange={() => onAnswer(face.value)}
            />
            <SymbolImage symbolId={face.symbolId} alt="" size={72} />
            <span className="feedback-faces__name">{t(face.nameKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

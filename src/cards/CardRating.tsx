// "How is it going": five faces to choose from. Each answer is kept with its date, so the
// progress over time can be shown; the answers so far are shown below the faces.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Rating } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { CardSection } from './CardSection';
import { answerNow, FACES, faceOf, withAnswer } from './faces';
import { RatingHistory } from './RatingHistory';
import { useCardChange } from './useCardChange';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "How is it going" part of the card screen. */
export function CardRating({ card }: { card: Card }) {
  const { t } = useTranslation();
  const groupName = useId();
  const { change, problem } = useCardChange(card.id);
  // The answer given on this visit (none at first: today's answer may be the same as last time).
  const [chosen, setChosen] = useState<Rating['value']>();
  const given = useRef<Rating>(undefined);

  async function handleChoose(value: Rating['value']) {
    setChosen(value);
    const answer = answerNow(value);
    const correcting = given.current;
    given.current = answer;
    const saved = await change(
      (stored) => ({ ratings: withAnswer(stored.ratings ?? [], answer, correcting) }),
      () => t('cardScreen.rating.saved', { face: t(faceOf(value).nameKey) }),
    );
    if (!saved) given.current = correcting;
  }

  return (
    <CardSection symbolId="1f4c8" title={t('cardScreen.rating.title')} className="card-rating">
      <fieldset className="field faces">
        <legend>{t('cardScreen.rating.question')}</legend>
        <div className="faces__options">
          {FACES.map((face) => (
            <label key={face.value} className="faces__option">
              <input
                type="radio"
                name={groupName}
                value={face.value}
                checked={chosen === face.value}
                onChange={() => void handleChoose(face.value)}
              />
              <SymbolImage symbolId={face.symbolId} alt="" size={64} />
              <span className="faces__name">{t(face.nameKey)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ProblemMessage problem={problem} />
      <RatingHistory ratings={card.ratings ?? []} />
    </CardSection>
  );
}

// Change what the card says and its colour; each change is saved at once.
import { useTranslation } from 'react-i18next';
import type { Card, LegendEntry } from '../domain/types';
import { CardSection } from './CardSection';
import { CardWordsField } from './CardWordsField';
import { ColourPicker } from './ColourPicker';
import { useCardChange } from './useCardChange';
import { usePendingValue } from './usePendingValue';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "words and colour" part of the card screen. */
export function CardLooks({ card, legend }: { card: Card; legend: readonly LegendEntry[] }) {
  const { t } = useTranslation();
  const { change, problem } = useCardChange(card.id);
  const [colour, showColour] = usePendingValue(card.colour);
  return (
    <CardSection symbolId="1f3a8" title={t('cardScreen.looks')} className="card-looks">
      <CardWordsField card={card} change={change} />
      <ColourPicker
        value={colour}
        legend={legend}
        onChange={(chosen) =>
          showColour(
            chosen,
            change(
              () => ({ colour: chosen }),
              () => t('cardScreen.colourSaved', { colour: t(`colours.${chosen}`) }),
            ),
          )
        }
      />
      <ProblemMessage problem={problem} />
    </CardSection>
  );
}

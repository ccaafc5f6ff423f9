// The top of the card screen: the card's picture very large, its words, and its colour with
// the colour's name and meaning (never colour alone).
import { useTranslation } from 'react-i18next';
import { colourById } from '../domain/colours';
import { PictureView } from '../pictures';
import type { Card, LegendEntry } from '../domain/types';

interface CardHeroProps {
  card: Card;
  legend: readonly LegendEntry[];
}

/** The card as a person sees it on the board, but big. */
export function CardHero({ card, legend }: CardHeroProps) {
  const { t } = useTranslation();
  const colour = colourById(card.colour);
  const entry = legend.find((item) => item.colour === card.colour);
  const meaning = entry?.meaning ?? (entry?.meaningKey ? t(entry.meaningKey) : undefined);
  return (
    <section
      className="card-hero"
      aria-labelledby={`card-words-${card.id}`}
      style={{ borderColor: colour.strong, backgroundColor: colour.light }}
    >
      <PictureView picture={card.picture} alt="" size={260} className="card-hero__picture" />
      <div className="card-hero__text">
        <h2 className="card-hero__words" id={`card-words-${card.id}`}>
          {card.words}
        </h2>
        <p className="card-hero__colour">
          <span
            className="card-hero__swatch"
            style={{ backgroundColor: colour.strong }}
            aria-hidden="true"
          />
          <span>
            {meaning
              ? t('cardScreen.colourMeaning', { colour: t(`colours.${card.colour}`), meaning })
              : t(`colours.${card.colour}`)}
          </span>
        </p>
      </div>
    </section>
  );
}

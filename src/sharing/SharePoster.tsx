// The easy-read poster of a plan: its lanes side by side with only the shared cards, pictures
// and words large. The share screen shows it as "what will leave your tablet" and prints exactly
// it (A4 landscape, see sharing.css); opening a file shows each plan inside the same way.
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { colourById } from '../domain/colours';
import type { Card, PictureRef, Plan } from '../domain/types';
import { laneTitle, planTitle } from '../plans';
import { SharePicture } from './SharePicture';
import { cardsByLane } from './shareChoice';

interface SharePosterProps {
  plan: Plan;
  /** Only the cards that are shared. */
  cards: readonly Card[];
  person?: { name: string; picture: PictureRef };
  /** When it was made or shared. */
  date: number;
  /** Pictures inside a file being opened, by id. */
  urls?: ReadonlyMap<string, string>;
  /** The printout of the share screen (only this is printed). */
  isPrintable?: boolean;
  /** Shows a read-aloud button on each card (not on paper). */
  canListen?: boolean;
}

/** A plan as an easy-read poster. */
export function SharePoster(props: SharePosterProps) {
  const { plan, cards, person, date, urls, isPrintable = false, canListen = false } = props;
  const { t, i18n } = useTranslation();
  const title = planTitle(plan, t);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date);
  const classes = `poster${isPrintable ? ' poster--print' : ''}`;
  const colours = new Set(cards.map((card) => card.colour));
  const legend = plan.legend.filter((entry) => colours.has(entry.colour));
  return (
    <article className={classes} aria-label={t('share.posterOf', { title })}>
      <header className="poster__head">
        <SharePicture picture={{ kind: 'symbol', symbolId: plan.symbolId }} size={56} />
        <h3 className="poster__title">{title}</h3>
        {person ? (
          <span className="poster__person">
            <SharePicture picture={person.picture} size={56} urls={urls} />
            <span>{person.name}</span>
          </span>
        ) : null}
        <span className="poster__date">{day}</span>
      </header>
      {legend.length > 0 ? (
        <ul className="poster__legend" aria-label={t('board.legend')}>
          {legend.map((entry) => (
            <li key={entry.colour}>
              <span
                className="poster__swatch"
                style={{ backgroundColor: colourById(entry.colour).strong }}
                aria-hidden="true"
              />
              <span>{entry.meaning ?? (entry.meaningKey ? t(entry.meaningKey) : '')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="poster__lanes">
        {cardsByLane(plan, cards).map(({ lane, cards: laneCards }) => (
          <section key={lane.id} className="poster__lane">
            <h4 className="poster__lane-title">
              <SharePicture picture={{ kind: 'symbol', symbolId: lane.symbolId }} size={40} />
              <span>{laneTitle(lane, t)}</span>
            </h4>
            <ul className="poster__cards">
              {laneCards.map((card) => (
                <li
                  key={card.id}
                  className="poster__card"
                  style={{
                    borderColor: colourById(card.colour).strong,
                    backgroundColor: colourById(card.colour).light,
                  }}
                >
                  <SharePicture picture={card.picture} size={72} urls={urls} />
                  <span className="poster__words">{card.words}</span>
                  {canListen ? (
                    <ReadAloudButton
                      text={card.words}
                      label={t('share.listenTo', { words: card.words })}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}

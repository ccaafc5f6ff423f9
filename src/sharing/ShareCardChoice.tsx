// Every card of the plan as a picture with a tick, lane by lane. A private card has no tick it
// can take: it says why in plain words, and where to change it (on the card).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { hrefOf } from '../app/routes';
import { colourById } from '../domain/colours';
import type { Card, Plan } from '../domain/types';
import { laneTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';
import { SharePicture } from './SharePicture';
import { cardsByLane, isShareable, isTicked } from './shareChoice';

interface CardTickProps {
  card: Card;
  personId: string;
  isOn: boolean;
  onTick: (card: Card, isOn: boolean) => void;
}

function CardTick({ card, personId, isOn, onTick }: CardTickProps) {
  const { t } = useTranslation();
  const tickId = useId();
  const noteId = useId();
  const isPrivate = !isShareable(card);
  const colour = colourById(card.colour);
  const note = t('share.privateNote');
  return (
    <div
      className={`share-card${isPrivate ? ' share-card--private' : ''}`}
      style={{ borderColor: colour.strong, backgroundColor: colour.light }}
    >
      <input
        id={tickId}
        type="checkbox"
        className="share-card__tick"
        checked={isOn}
        disabled={isPrivate}
        aria-describedby={isPrivate ? noteId : undefined}
        onChange={(event) => onTick(card, event.target.checked)}
      />
      <label htmlFor={tickId} className="share-card__label">
        <SharePicture picture={card.picture} size={64} />
        <span className="share-card__words">{card.words}</span>
        {isPrivate ? (
          <>
            {' '}
            <SymbolImage symbolId="1f512" alt={t('share.private')} size={36} />
          </>
        ) : null}
      </label>
      {isPrivate ? (
        <p id={noteId} className="share-card__note">
          {note}{' '}
          <a href={hrefOf({ name: 'card', personId, cardId: card.id })}>
            <SymbolImage symbolId="1f50d" alt="" size={28} />
            <span>{t('share.changeOnCard', { words: card.words })}</span>
          </a>
        </p>
      ) : null}
      <ReadAloudButton
        text={isPrivate ? `${card.words}. ${note}` : card.words}
        recordingId={card.recordingId}
        label={t('share.listenTo', { words: card.words })}
      />
    </div>
  );
}

interface ShareCardChoiceProps {
  plan: Plan;
  cards: readonly Card[];
  personId: string;
  unticked: ReadonlySet<string>;
  onTick: (card: Card, isOn: boolean) => void;
}

/** The cards of a plan with their ticks, grouped by lane (empty lanes are left out). */
export function ShareCardChoice({ plan, cards, personId, unticked, onTick }: ShareCardChoiceProps) {
  const { t } = useTranslation();
  const lanes = cardsByLane(plan, cards).filter((lane) => lane.cards.length > 0);
  if (lanes.length === 0) return <p className="lead">{t('share.noCards')}</p>;
  return (
    <div className="share-cards">
      {lanes.map(({ lane, cards: laneCards }) => (
        <fieldset key={lane.id} className="share-cards__lane">
          <legend className="share-cards__lane-title">
            <SymbolImage symbolId={lane.symbolId} alt="" size={36} />
            <span>{laneTitle(lane, t)}</span>
          </legend>
          <ul className="share-cards__list">
            {laneCards.map((card) => (
              <li key={card.id}>
                <CardTick
                  card={card}
                  personId={personId}
                  isOn={isTicked(card, unticked)}
                  onTick={onTick}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

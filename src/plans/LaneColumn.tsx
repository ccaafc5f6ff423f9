// One lane of a board: its picture and name, its cards in order, and where cards can go.
// Screen readers hear each lane's place ("column 1 of 4") and each card's ("Card 2 of 5 in Now").
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { MoveTarget, Step } from '../domain/moveCard';
import type { Card, Lane } from '../domain/types';
import { Button, LinkButton } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { placeId, placeWords } from './cardPlace';
import { CardTile } from './CardTile';
import { LaneTools } from './LaneTools';
import { ListenButton } from './ListenButton';
import { laneTitle } from './planTitle';
import { useCardDrop } from './useCardDrop';

/** What every lane of one board shares: who, which plan, the mode and the handlers. */
export interface BoardContext {
  personId: string;
  planId: string;
  laneCount: number;
  pickedId?: string;
  focus?: { cardId: string; n: number };
  isEditable: boolean;
  isHelper: boolean;
  hintId: string;
  onActivate: (card: Card) => void;
  onStep: (card: Card, step: Step) => void;
  onCancel: () => void;
  onPlace: (target: MoveTarget) => void;
  onDrop: (cardId: string, target: MoveTarget) => void;
  onDone: (message: string) => void;
  onProblem: (error: unknown) => void;
}

interface LaneColumnProps {
  board: BoardContext;
  lane: Lane;
  index: number;
  cards: Card[];
}

/** A lane with its cards; a card dropped on the lane goes to its end. */
export function LaneColumn({ board, lane, index, cards }: LaneColumnProps) {
  const { t } = useTranslation();
  const title = laneTitle(lane, t);
  const [isOver, drop] = useCardDrop({ laneId: lane.id }, board.onDrop);
  const headingId = `lane-${lane.id}`;
  const lanePlaceId = `lane-place-${lane.id}`;
  const isPlacing = board.pickedId !== undefined && board.isEditable;

  return (
    <section
      ref={(node) => {
        drop(node);
      }}
      className={`lane${isOver ? ' lane--over' : ''}`}
      aria-labelledby={`${headingId} ${lanePlaceId}`}
    >
      <h2 className="lane__title" id={headingId}>
        <SymbolImage symbolId={lane.symbolId} alt="" size={40} />
        <span>{title}</span>{' '}
        <span className="lane__count">{t('board.cardCount', { count: cards.length })}</span>
      </h2>
      {/* Hidden, but part of the lane's name: "Now, 2 cards, column 1 of 4". */}
      <span id={lanePlaceId} hidden>
        {t('board.positionLane', { position: index + 1, count: board.laneCount })}
      </span>
      <div className="lane__listen">
        <ListenButton text={title} className="lane__listen-button" />
      </div>
      {board.isHelper && board.isEditable ? (
        <LaneTools
          planId={board.planId}
          lane={lane}
          title={title}
          index={index}
          isFirst={index === 0}
          isLast={index === board.laneCount - 1}
          isOnly={board.laneCount === 1}
          onDone={board.onDone}
          onProblem={board.onProblem}
        />
      ) : null}
      <ul className="lane__cards" aria-label={title}>
        {cards.map((card, cardIndex) => (
          <li key={card.id}>
            <CardTile
              card={card}
              personId={board.personId}
              isPicked={board.pickedId === card.id}
              isEditable={board.isEditable}
              focusRequest={board.focus?.cardId === card.id ? board.focus.n : undefined}
              hintId={board.hintId}
              onActivate={board.onActivate}
              onStep={board.onStep}
              onCancel={board.onCancel}
              onDrop={board.onDrop}
            />
            {/* The tile's description; outside the memoised tile, so it follows every change. */}
            <span id={placeId(card.id)} hidden>
              {placeWords(t, { position: cardIndex + 1, count: cards.length }, title)}
            </span>
          </li>
        ))}
      </ul>
      {isPlacing ? (
        <Button
          symbolId="1f447"
          variant="primary"
          className="lane__place"
          onClick={() => board.onPlace({ laneId: lane.id })}
        >
          {t('board.putIn', { lane: title })}
        </Button>
      ) : null}
      {board.isEditable && !isPlacing ? (
        <LinkButton
          href={hrefOf({
            name: 'add-card',
            personId: board.personId,
            planId: board.planId,
            laneId: lane.id,
          })}
          symbolId="2795"
          variant="quiet"
        >
          {t('board.addCard', { lane: title })}
        </LinkButton>
      ) : null}
    </section>
  );
}

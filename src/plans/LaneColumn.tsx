// One lane of a board: its picture and name, its cards in order, and where cards can go.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { MoveTarget, Step } from '../domain/moveCard';
import type { Card, Lane } from '../domain/types';
import { Button, LinkButton } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { CardTile } from './CardTile';
import { laneTitle } from './planTitle';
import { useCardDrop } from './useCardDrop';

interface LaneColumnProps {
  planId: string;
  lane: Lane;
  cards: Card[];
  pickedId?: string;
  focus?: { cardId: string; n: number };
  isEditable: boolean;
  hintId: string;
  onActivate: (card: Card) => void;
  onStep: (card: Card, step: Step) => void;
  onCancel: () => void;
  onPlace: (target: MoveTarget) => void;
  onDrop: (cardId: string, target: MoveTarget) => void;
}

/** A lane with its cards; a card dropped on the lane goes to its end. */
export function LaneColumn(props: LaneColumnProps) {
  const { planId, lane, cards, pickedId, focus, isEditable, hintId } = props;
  const { t } = useTranslation();
  const title = laneTitle(lane, t);
  const [isOver, drop] = useCardDrop({ laneId: lane.id }, props.onDrop);
  const headingId = `lane-${lane.id}`;
  const isPlacing = pickedId !== undefined && isEditable;

  return (
    <section
      ref={(node) => {
        drop(node);
      }}
      className={`lane${isOver ? ' lane--over' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 className="lane__title" id={headingId}>
        <SymbolImage symbolId={lane.symbolId} alt="" size={40} />
        <span>{title}</span>
        <span className="lane__count">{t('board.cardCount', { count: cards.length })}</span>
      </h2>
      <ul className="lane__cards" aria-label={title}>
        {cards.map((card) => (
          <li key={card.id}>
            <CardTile
              card={card}
              isPicked={pickedId === card.id}
              isEditable={isEditable}
              focusRequest={focus?.cardId === card.id ? focus.n : undefined}
              hintId={hintId}
              onActivate={props.onActivate}
              onStep={props.onStep}
              onCancel={props.onCancel}
              onDrop={props.onDrop}
            />
          </li>
        ))}
      </ul>
      {isPlacing ? (
        <Button
          symbolId="1f447"
          variant="primary"
          className="lane__place"
          onClick={() => props.onPlace({ laneId: lane.id })}
        >
          {t('board.putIn', { lane: title })}
        </Button>
      ) : null}
      {isEditable && !isPlacing ? (
        <LinkButton
          href={hrefOf({ name: 'add-card', planId, laneId: lane.id })}
          symbolId="2795"
          variant="quiet"
        >
          {t('board.addCard', { lane: title })}
        </LinkButton>
      ) : null}
    </section>
  );
}

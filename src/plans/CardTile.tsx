// One card on the board: a button with its picture and words in its colour.
// Tap (or Enter) picks it up; while picked, arrow keys move it; it can also be dragged.
// Memoised: a card re-renders only when what it shows or does changed, not on every board change.
// Its place in the lane ("Card 2 of 5 in Now") is its description, held by the lane (placeId), so a
// move elsewhere in the lane changes that text without re-rendering the tile.
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { colourById } from '../domain/colours';
import type { MoveTarget, Step } from '../domain/moveCard';
import type { Card, PictureRef } from '../domain/types';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { PictureView } from '../pictures';
import { SymbolImage } from '../ui/SymbolImage';
import { placeId } from './cardPlace';
import { ListenButton } from './ListenButton';
import { useCardDrag } from './useCardDrag';
import { useCardDrop } from './useCardDrop';

/** What a card tile needs: the card, how it stands on the board, and the board's handlers. */
export interface CardTileProps {
  card: Card;
  personId: string;
  isPicked: boolean;
  isEditable: boolean;
  /** A different number each time this card should take focus (after a move). */
  focusRequest?: number;
  hintId: string;
  onActivate: (card: Card) => void;
  onStep: (card: Card, step: Step) => void;
  onCancel: () => void;
  onDrop: (cardId: string, target: MoveTarget) => void;
}

const KEY_STEPS: Record<string, Step> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'previous-lane',
  ArrowRight: 'next-lane',
};

function stepForKey(key: string, isRtl: boolean): Step | undefined {
  const step = KEY_STEPS[key];
  if (!isRtl || !step || (step !== 'previous-lane' && step !== 'next-lane')) return step;
  return step === 'previous-lane' ? 'next-lane' : 'previous-lane';
}

/**
 * What a key does to a picked card: Escape puts it down, an arrow steps it (mirrored in a
 * right-to-left language). Returns whether the key was used (then its default is prevented).
 */
export function handlePickedKey(
  event: { key: string; preventDefault: () => void },
  onStep: (step: Step) => void,
  onCancel: () => void,
): boolean {
  const step =
    event.key === 'Escape'
      ? undefined
      : stepForKey(event.key, document.documentElement.dir === 'rtl');
  if (event.key !== 'Escape' && !step) return false;
  event.preventDefault();
  if (step) onStep(step);
  else onCancel();
  return true;
}

function samePicture(a: PictureRef, b: PictureRef): boolean {
  if (a.kind === 'symbol') return b.kind === 'symbol' && a.symbolId === b.symbolId;
  return b.kind === 'stored' && a.pictureId === b.pictureId;
}

/**
 * Whether a tile for `b` would look and act as the one for `a`. Every re-read of the cards gives
 * new objects, so they are compared by what the tile uses, not by identity.
 */
export function sameCardTile(a: CardTileProps, b: CardTileProps): boolean {
  const keys = Object.keys(b) as (keyof CardTileProps)[];
  if (keys.some((key) => key !== 'card' && a[key] !== b[key])) return false;
  const x = a.card;
  const y = b.card;
  return (
    x === y ||
    (x.id === y.id &&
      x.laneId === y.laneId &&
      x.words === y.words &&
      x.colour === y.colour &&
      x.recordingId === y.recordingId &&
      samePicture(x.picture, y.picture))
  );
}

/** A card; also a drop place: a card dropped on it goes just before it. */
export const CardTile = memo(CardTileView, sameCardTile);

function CardTileView(props: CardTileProps) {
  const { card, personId, isPicked, isEditable, focusRequest, hintId } = props;
  const { onActivate, onStep, onCancel, onDrop } = props;
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [isDragging, drag] = useCardDrag(card, isEditable);
  const [isOver, drop] = useCardDrop({ laneId: card.laneId, beforeCardId: card.id }, onDrop);
  const colour = colourById(card.colour);

  useEffect(() => {
    if (focusRequest !== undefined) buttonRef.current?.focus();
  }, [focusRequest]);

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (isPicked) handlePickedKey(event, (step) => onStep(card, step), onCancel);
  }

  return (
    <div
      ref={(node) => {
        drop(node);
      }}
      className={`card-slot${isOver ? ' card-slot--over' : ''}`}
    >
      <button
        ref={(node) => {
          buttonRef.current = node;
          drag(node);
        }}
        type="button"
        className={`card${isPicked ? ' card--picked' : ''}${isDragging ? ' card--dragging' : ''}`}
        style={{ borderColor: colour.strong, backgroundColor: colour.light }}
        aria-pressed={isEditable ? isPicked : undefined}
        aria-describedby={isEditable ? `${placeId(card.id)} ${hintId}` : placeId(card.id)}
        data-card-id={card.id}
        onClick={() => onActivate(card)}
        onKeyDown={handleKeyDown}
      >
        <PictureView picture={card.picture} alt="" size={56} className="card__picture" />
        <span className="card__words">{card.words}</span>
        <span
          className="card__colour"
          style={{ backgroundColor: colour.strong }}
          aria-hidden="true"
        />
      </button>
      <div className="card__actions">
        <ListenButton text={card.words} recordingId={card.recordingId} />
        <a
          className="card__action"
          href={hrefOf({ name: 'card', personId, cardId: card.id })}
          aria-label={t('board.open', { words: card.words })}
        >
          <SymbolImage symbolId="1f50d" alt="" size={28} />
          <span aria-hidden="true">{t('board.openShort')}</span>
        </a>
      </div>
    </div>
  );
}

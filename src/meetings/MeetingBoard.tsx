// The whole plan, large and read-only, for everyone at the table to see. Tapping a card shows
// it alone (one card at a time); cards agreed in this meeting say so.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { colourById } from '../domain/colours';
import type { Card, Meeting, Plan } from '../domain/types';
import { PictureView } from '../pictures';
import { laneTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';
import { MeetingListen } from './MeetingListen';

interface MeetingBoardProps {
  plan: Plan;
  /** The cards to show, in order (private ones already left out unless chosen). */
  cards: readonly Card[];
  meeting: Meeting;
  /** A card to put the focus on (e.g. the action just agreed). */
  focusCardId?: string;
  onShow: (card: Card) => void;
}

function MeetingTile(props: { card: Card; isAgreed: boolean; onShow: (card: Card) => void }) {
  const { card, isAgreed, onShow } = props;
  const { t } = useTranslation();
  const colour = colourById(card.colour);
  return (
    <div
      className="meeting-tile"
      style={{ borderColor: colour.strong, backgroundColor: colour.light }}
    >
      <button
        type="button"
        className="meeting-tile__show"
        data-card-id={card.id}
        onClick={() => onShow(card)}
      >
        <PictureView picture={card.picture} alt="" size={88} className="meeting-tile__picture" />
        <span className="meeting-tile__words">{card.words}</span>
        {isAgreed ? (
          <span className="meeting-tile__agreed">
            <SymbolImage symbolId="1f91d" alt="" size={28} />
            {t('meeting.agreed')}
          </span>
        ) : null}
      </button>
      <MeetingListen text={card.words} recordingId={card.recordingId} />
    </div>
  );
}

/** Every lane of the plan with its cards, big. */
export function MeetingBoard({ plan, cards, meeting, focusCardId, onShow }: MeetingBoardProps) {
  const { t } = useTranslation();
  const boardRef = useRef<HTMLDivElement>(null);
  const agreed = new Set(meeting.actionCardIds ?? []);

  useEffect(() => {
    if (!focusCardId) return;
    boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusCardId}"]`)?.focus();
  }, [focusCardId]);

  return (
    <div className="meeting-board" ref={boardRef}>
      {plan.lanes.map((lane) => {
        const title = laneTitle(lane, t);
        const headingId = `meeting-lane-${lane.id}`;
        return (
          <section key={lane.id} className="meeting-lane" aria-labelledby={headingId}>
            <h2 className="meeting-lane__title" id={headingId}>
              <SymbolImage symbolId={lane.symbolId} alt="" size={48} />
              <span>{title}</span>
            </h2>
            <ul className="meeting-lane__cards" aria-label={title}>
              {cards
                .filter((card) => card.laneId === lane.id)
                .map((card) => (
                  <li key={card.id}>
                    <MeetingTile card={card} isAgreed={agreed.has(card.id)} onShow={onShow} />
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

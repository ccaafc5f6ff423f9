// One card at a time, very large: "Card 3 of 12", big Back and Next buttons (also the arrow keys
// and a swipe), a Listen button, and below it the ladder rating and the helpers' notes.
// When the person likes things read aloud, each card is read as it comes.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton, useAnnounce, useReadAloud } from '../a11y';
import { colourById } from '../domain/colours';
import type { Card, Meeting, Plan } from '../domain/types';
import { usePreferences } from '../people';
import { PictureView } from '../pictures';
import { laneTitle } from '../plans';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { CardNotes } from './CardNotes';
import { LadderRating } from './LadderRating';
import { useArrowKeys, useSwipe, type CardStep } from './useCardMoves';

interface MeetingCardViewProps {
  plan: Plan;
  cards: readonly Card[];
  position: number;
  meeting: Meeting;
  /** A new number each time the card itself should take the focus (e.g. chosen on the board). */
  focusRequest: number;
  onMove: (cardId: string) => void;
}

/** Reads each new card aloud when the person chose "read aloud what I touch". */
function useReadEachCard(card: Card | undefined, personId: string) {
  const isOn = usePreferences(personId).readOnFocus === true;
  const { speakText } = useReadAloud();
  const speak = useRef(speakText);
  useEffect(() => {
    speak.current = speakText;
  });
  const cardId = card?.id;
  const words = card?.words;
  const recordingId = card?.recordingId;
  useEffect(() => {
    if (isOn && words) void speak.current(words, recordingId);
  }, [cardId, words, recordingId, isOn]);
}

/** The card at `position` of `cards`, with the ways to go on. */
export function MeetingCardView(props: MeetingCardViewProps) {
  const { plan, cards, position, meeting, focusRequest, onMove } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const card = cards[position];
  useReadEachCard(card, meeting.personId);

  function go(step: CardStep) {
    const next = cards[position + step];
    if (!next) return announce(t(step > 0 ? 'meeting.last' : 'meeting.first'));
    onMove(next.id);
    const where = { n: position + step + 1, total: cards.length, words: next.words };
    announce(t('meeting.shown', where));
  }

  useArrowKeys(go, cards.length > 0);
  const swipe = useSwipe(go);

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  if (!card) return <Message tone="info">{t('meeting.noCards')}</Message>;
  const colour = colourById(card.colour);
  const lane = plan.lanes.find((item) => item.id === card.laneId);
  const isFirst = position === 0;
  const isLast = position === cards.length - 1;

  return (
    <article className="meeting-card" aria-labelledby={`meeting-card-${card.id}`}>
      <p className="meeting-card__counter">
        {t('meeting.counter', { n: position + 1, total: cards.length })}
      </p>
      <div className="meeting-card__stage">
        <Button
          symbolId="2b05"
          size="large"
          className="meeting-card__move"
          aria-disabled={isFirst}
          onClick={() => go(-1)}
        >
          {t('meeting.back')}
        </Button>
        <div
          className="meeting-card__card"
          style={{ borderColor: colour.strong, backgroundColor: colour.light }}
          {...swipe}
        >
          <PictureView picture={card.picture} alt="" size={220} className="meeting-card__picture" />
          <h2
            className="meeting-card__words"
            id={`meeting-card-${card.id}`}
            ref={headingRef}
            tabIndex={-1}
          >
            {card.words}
          </h2>
          {lane ? (
            <p className="meeting-card__lane">
              {t('meeting.inLane', { lane: laneTitle(lane, t) })}
            </p>
          ) : null}
        </div>
        <Button
          symbolId="27a1"
          size="large"
          className="meeting-card__move"
          aria-disabled={isLast}
          onClick={() => go(1)}
        >
          {t('meeting.next')}
        </Button>
      </div>
      <p className="meeting-card__hint">{t('meeting.moveHint')}</p>
      <div className="meeting-card__listen">
        <ReadAloudButton
          text={card.words}
          recordingId={card.recordingId}
          label={t('meeting.listen')}
          size="large"
        />
      </div>
      <LadderRating key={card.id} card={card} meetingId={meeting.id} />
      <CardNotes key={`notes-${card.id}`} card={card} meeting={meeting} />
    </article>
  );
}

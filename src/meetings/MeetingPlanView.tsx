// One plan in the meeting, shown the way the person chose: the whole board or one card at a
// time. Private cards stay hidden unless the person shows them.
import { useTranslation } from 'react-i18next';
import type { Card, Meeting, Plan } from '../domain/types';
import { Button } from '../ui/Button';
import type { MeetingView } from './MeetingBar';
import { MeetingBoard } from './MeetingBoard';
import { MeetingCardView } from './MeetingCardView';
import { cardsInLaneOrder, positionOf } from './meetingCards';
import { usePlanCards } from './useMeetingData';

interface MeetingPlanViewProps {
  plan: Plan;
  meeting: Meeting;
  view: MeetingView;
  /** The card shown in the one-card view. */
  cardId?: string;
  showPrivate: boolean;
  /** A card on the board to focus (the action just agreed). */
  focusCardId?: string;
  /** A new number each time the shown card should take the focus. */
  focusRequest: number;
  onShowPrivate: (isOn: boolean) => void;
  onShowCard: (card: Card) => void;
  onMove: (cardId: string) => void;
}

/** The plan's cards as a board or one by one. */
export function MeetingPlanView(props: MeetingPlanViewProps) {
  const { plan, meeting, view, cardId, showPrivate, focusCardId, focusRequest } = props;
  const { t } = useTranslation();
  const allCards = usePlanCards(plan.id);
  if (!allCards) return null;
  const cards = cardsInLaneOrder(plan, allCards, showPrivate);
  const hasPrivate = allCards.some((card) => card.isPrivate);

  return (
    <>
      {hasPrivate ? (
        <div className="meeting__private">
          <Button
            symbolId="1f512"
            aria-pressed={showPrivate}
            onClick={() => props.onShowPrivate(!showPrivate)}
          >
            {t('meeting.showPrivate')}
          </Button>
        </div>
      ) : null}
      {view === 'board' ? (
        <MeetingBoard
          plan={plan}
          cards={cards}
          meeting={meeting}
          focusCardId={focusCardId}
          onShow={props.onShowCard}
        />
      ) : (
        <MeetingCardView
          plan={plan}
          cards={cards}
          position={positionOf(cards, cardId)}
          meeting={meeting}
          focusRequest={focusRequest}
          onMove={props.onMove}
        />
      )}
    </>
  );
}

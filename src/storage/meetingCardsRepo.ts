// What a meeting does to the cards of its plans: a rating "now / where I want it to be" given in
// the meeting, and an action agreed in it (a new card, remembered by the meeting). Each is one
// transaction, so a card and its meeting never disagree.
import type { Card, Meeting, Rating, ScaleStep } from '../domain/types';
import { addCard, updateCard, type NewCard } from './cardsRepo';
import { db } from './database';
import { StorageError } from './errors';
import { updateMeeting } from './meetingsRepo';
import { writeTogether } from './write';

/**
 * A rating given in a meeting: where it is now (`value`) and where the person wants it to be
 * (`wish`). Either may be left out to keep the meeting's earlier answer for it.
 */
export interface MeetingAnswer {
  value?: ScaleStep;
  wish?: ScaleStep;
}

/**
 * The ratings with the meeting's answer: an earlier answer from the same meeting is replaced
 * (a change of mind in the meeting is not history); answers from elsewhere stay as they were.
 */
export function withMeetingRating(ratings: readonly Rating[], rating: Rating): Rating[] {
  return [...ratings.filter((item) => item.meetingId !== rating.meetingId), rating];
}

async function meetingAndCard(meetingId: string, cardId: string): Promise<[Meeting, Card]> {
  const { cards, meetings, plans } = db();
  const meeting = await meetings.get(meetingId);
  const card = await cards.get(cardId);
  const plan = card && (await plans.get(card.planId));
  if (!meeting || !card || plan?.personId !== meeting.personId) {
    throw new StorageError('not-found');
  }
  return [meeting, card];
}

/**
 * Stores the meeting's rating of a card, replacing its earlier one; returns the card. A wish
 * without a "now" (in this meeting) is refused: a rating always says where it is now.
 */
export async function rateInMeeting(
  meetingId: string,
  cardId: string,
  answer: MeetingAnswer,
): Promise<Card> {
  const { cards, history, meetings, plans } = db();
  return writeTogether([cards, history, meetings, plans], async () => {
    const [, card] = await meetingAndCard(meetingId, cardId);
    const earlier = card.ratings?.find((item) => item.meetingId === meetingId);
    const value = answer.value ?? earlier?.value;
    const wish = answer.wish ?? earlier?.wish;
    if (value === undefined) throw new StorageError('invalid');
    const rating: Rating = { value, at: Date.now(), meetingId };
    if (wish !== undefined) rating.wish = wish;
    return updateCard(cardId, { ratings: withMeetingRating(card.ratings ?? [], rating) });
  });
}

/** A card and the meeting that agreed it. */
export interface AgreedAction {
  card: Card;
  meeting: Meeting;
}

/**
 * Adds an action agreed in a meeting: a new card on one of the meeting's plans (with who helps
 * and by when), and its id in the meeting's actions. Both are stored, or neither.
 */
export async function addMeetingAction(meetingId: string, input: NewCard): Promise<AgreedAction> {
  const { cards, history, meetings, plans, supporters } = db();
  return writeTogether([cards, history, meetings, plans, supporters], async () => {
    const meeting = await meetings.get(meetingId);
    if (!meeting || !meeting.planIds.includes(input.planId)) throw new StorageError('not-found');
    for (const helperId of input.helperIds ?? []) {
      const helper = await supporters.get(helperId);
      if (helper?.personId !== meeting.personId) throw new StorageError('not-found');
    }
    const card = await addCard(input);
    const actionCardIds = [...(meeting.actionCardIds ?? []), card.id];
    return { card, meeting: await updateMeeting(meetingId, { actionCardIds }) };
  });
}

// What a meeting's summary shows, worked out from stored records: the ratings given in the
// meeting and the actions agreed. Plain logic, no React, no storage.
import type { Card, Meeting, Rating, ShareRecord } from '../domain/types';
import { dayToDate } from './feedback';

/** One rating given in a meeting, with its card. */
export interface MeetingRating {
  card: Card;
  rating: Rating;
}

/**
 * The ratings given in meeting `meetingId`, in the order they were given: for each card the last
 * one (a rating corrected a moment later replaces the first in the card's history anyway).
 */
export function ratingsOfMeeting(cards: readonly Card[], meetingId: string): MeetingRating[] {
  const found: MeetingRating[] = [];
  for (const card of cards) {
    const given = (card.ratings ?? []).filter((rating) => rating.meetingId === meetingId);
    const last = given[given.length - 1];
    if (last) found.push({ card, rating: last });
  }
  return found.sort((a, b) => a.rating.at - b.rating.at);
}

/** The action cards in the order they were agreed; cards deleted since are left out. */
export function actionsOfMeeting(
  actionCardIds: readonly string[] | undefined,
  cards: ReadonlyMap<string, Card>,
): Card[] {
  return (actionCardIds ?? []).flatMap((id) => {
    const card = cards.get(id);
    return card ? [card] : [];
  });
}

/** A moment or a `YYYY-MM-DD` day in words in `language`, e.g. "Tuesday 3 June 2025". */
export function dateInWords(date: number | string, language: string): string {
  const moment = typeof date === 'string' ? dayToDate(date) : new Date(date);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full' }).format(moment);
}

/**
 * The record of printing a meeting's summary: the meeting, its plans, the people at it, and
 * exactly the cards whose words are printed (a private card is printed as "a private card").
 */
export function printedShare(
  meeting: Meeting,
  cards: readonly Card[],
  agreedAt: number,
): Omit<ShareRecord, 'id' | 'at'> {
  const printed = cards.filter((card) => !card.isPrivate).map((card) => card.id);
  return {
    personId: meeting.personId,
    kind: 'print',
    planIds: [...meeting.planIds],
    cardIds: [...new Set(printed)],
    meetingIds: [meeting.id],
    withIds: [...meeting.participantIds],
    agreedAt,
  };
}

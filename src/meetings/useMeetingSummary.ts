// Live reads for the end of a meeting: everything its summary shows, and the tiles of the list.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Meeting, Person, Plan, Supporter } from '../domain/types';
import {
  getMeeting,
  getPerson,
  listCards,
  listMeetings,
  listPlans,
  listSupporters,
} from '../storage';
import { actionsOfMeeting, ratingsOfMeeting, type MeetingRating } from './summaryFacts';

/** Everything the summary of one meeting shows. */
export interface MeetingSummaryData {
  meeting: Meeting;
  person: Person;
  /** The supporters who took part, in the order they were chosen. */
  participants: Supporter[];
  /** Every supporter of the person, by id (for "who helps" on the actions). */
  supporters: ReadonlyMap<string, Supporter>;
  /** The plans looked at that still exist. */
  plans: Plan[];
  ratings: MeetingRating[];
  actions: Card[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

async function readSummary(
  personId: string,
  meetingId: string,
): Promise<MeetingSummaryData | null> {
  const meeting = await getMeeting(meetingId);
  const person = await getPerson(personId);
  if (!meeting || !person || meeting.personId !== personId) return null;
  const [supporterList, plans] = await Promise.all([listSupporters(personId), listPlans(personId)]);
  const cards = (await Promise.all(plans.map((plan) => listCards(plan.id)))).flat();
  const supporters = byId(supporterList);
  const plansById = byId(plans);
  return {
    meeting,
    person,
    participants: meeting.participantIds.flatMap((id) => supporters.get(id) ?? []),
    supporters,
    plans: meeting.planIds.flatMap((id) => plansById.get(id) ?? []),
    ratings: ratingsOfMeeting(cards, meeting.id),
    actions: actionsOfMeeting(meeting.actionCardIds, byId(cards)),
  };
}

/** The summary of a meeting of `personId`; null when there is none, undefined while loading. */
export function useMeetingSummary(
  personId: string,
  meetingId: string,
): MeetingSummaryData | null | undefined {
  return useLiveQuery(() => readSummary(personId, meetingId), [personId, meetingId]);
}

/** A person's meetings (newest first) with who took part, for the list on their home. */
export interface MeetingTiles {
  person: Person;
  meetings: Meeting[];
  supporters: ReadonlyMap<string, Supporter>;
}

async function readTiles(personId: string): Promise<MeetingTiles | null> {
  const person = await getPerson(personId);
  if (!person) return null;
  const [meetings, supporters] = await Promise.all([
    listMeetings(personId),
    listSupporters(personId),
  ]);
  return { person, meetings, supporters: byId(supporters) };
}

/** The meeting tiles of a person; null when there is no such person, undefined while loading. */
export function useMeetingTiles(personId: string): MeetingTiles | null | undefined {
  return useLiveQuery(() => readTiles(personId), [personId]);
}

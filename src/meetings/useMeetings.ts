// Live reads of a person's meetings.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../domain/types';
import { getMeeting, listMeetings } from '../storage';

/** A person's meetings, newest first, or undefined while loading. */
export function useMeetings(personId: string): Meeting[] | undefined {
  return useLiveQuery(() => listMeetings(personId), [personId]);
}

/** One meeting; null when there is no such meeting, undefined while loading. */
export function useMeeting(meetingId: string): Meeting | null | undefined {
  return useLiveQuery(async () => (await getMeeting(meetingId)) ?? null, [meetingId]);
}

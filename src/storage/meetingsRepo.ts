// A person's meetings: started from their home, changed as the meeting goes, ended with feedback.
import { loadedSchemas, loadSchemas, type Schemas } from './schemas';
import type { Meeting } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** What is chosen when a meeting starts. */
export interface NewMeeting {
  personId: string;
  participantIds: string[];
  planIds: string[];
}

/** What can change on a meeting after it started. */
export type MeetingChange = Partial<
  Pick<
    Meeting,
    'participantIds' | 'planIds' | 'actionCardIds' | 'feedback' | 'nextDate' | 'endedAt'
  >
>;

function checked(meeting: Meeting, { meetingSchema }: Schemas): Meeting {
  const parsed = meetingSchema.safeParse(meeting);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  return parsed.data;
}

/** A person's meetings, newest first. */
export async function listMeetings(personId: string): Promise<Meeting[]> {
  const meetings = await db().meetings.where('personId').equals(personId).toArray();
  return meetings.sort((a, b) => b.date - a.date || b.createdAt - a.createdAt);
}

/** One meeting, or undefined. */
export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db().meetings.get(id);
}

/** Starts a meeting now; returns the stored record. */
export async function startMeeting(input: NewMeeting): Promise<Meeting> {
  const schemas = await loadSchemas();
  const now = Date.now();
  const meeting = checked(
    { id: crypto.randomUUID(), date: now, createdAt: now, updatedAt: now, ...input },
    schemas,
  );
  const { people, meetings } = db();
  return writeTogether([people, meetings], async () => {
    if (!(await people.get(meeting.personId))) throw new StorageError('not-found');
    await meetings.add(meeting);
    return meeting;
  });
}

/** Changes some fields of a meeting and keeps the rest; returns the stored record. */
export async function updateMeeting(id: string, change: MeetingChange): Promise<Meeting> {
  const { meetings } = db();
  return writeTogether([meetings], async () => {
    const meeting = await meetings.get(id);
    if (!meeting) throw new StorageError('not-found');
    const next = checked({ ...meeting, ...change, updatedAt: Date.now() }, loadedSchemas());
    await meetings.put(next);
    return next;
  });
}

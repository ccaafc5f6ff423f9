// The share log: what left the device, with whom, when, and that the person said yes. Kept so the
// person (and Settings) can always see what was shared.
import { loadSchemas } from './schemas';
import type { ShareRecord } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** What a share screen gives to be logged: everything but the id and the time. */
export type NewShare = Omit<ShareRecord, 'id' | 'at'>;

/** Logs one share of a person, now; returns the stored record. Refuses bad input ('invalid'). */
export async function recordShare(input: NewShare): Promise<ShareRecord> {
  const { shareRecordSchema } = await loadSchemas();
  const parsed = shareRecordSchema.safeParse({
    ...input,
    id: crypto.randomUUID(),
    at: Date.now(),
  });
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const record: ShareRecord = parsed.data;
  const { people, shares } = db();
  return writeTogether([people, shares], async () => {
    if (!(await people.get(record.personId))) throw new StorageError('not-found');
    await shares.add(record);
    return record;
  });
}

/** Logged shares, newest first: of one person, or of everyone on the device. */
export async function listShares(personId?: string): Promise<ShareRecord[]> {
  const { shares } = db();
  const found =
    personId === undefined
      ? await shares.toArray()
      : await shares.where('personId').equals(personId).toArray();
  return found.sort((a, b) => b.at - a.at || b.agreedAt - a.agreedAt);
}

// The people who help a person (family, staff, friends): kept once per person and reused on
// every card of every plan of theirs.
import { loadSchemas } from './schemas';
import type { PictureRef, Supporter, SupporterRole } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** What a person gives for a new supporter. */
export interface NewSupporter {
  personId: string;
  name: string;
  picture: PictureRef;
  /** What they are to the person (e.g. their social worker); optional. */
  role?: SupporterRole;
}

/** A person's supporters, oldest first (the order their tiles appear in). */
export async function listSupporters(personId: string): Promise<Supporter[]> {
  const supporters = await db().supporters.where('personId').equals(personId).toArray();
  return supporters.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Adds a supporter for a person, checked before it is stored; returns the stored record. */
export async function addSupporter(input: NewSupporter): Promise<Supporter> {
  const { supporterSchema } = await loadSchemas();
  const now = Date.now();
  const parsed = supporterSchema.safeParse({
    id: crypto.randomUUID(),
    personId: input.personId,
    name: input.name.trim(),
    picture: input.picture,
    ...(input.role ? { role: input.role } : {}),
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const supporter: Supporter = parsed.data;
  const { people, supporters } = db();
  return writeTogether([people, supporters], async () => {
    if (!(await people.get(supporter.personId))) throw new StorageError('not-found');
    await supporters.add(supporter);
    return supporter;
  });
}

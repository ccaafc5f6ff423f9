// People on this tablet: list, read, add, rename.
import { personSchema } from '../domain/schemas';
import type { PictureRef, Person } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** Everyone on this device, oldest first (the order tiles appear in). */
export async function listPeople(): Promise<Person[]> {
  const people = await db().people.toArray();
  return people.sort((a, b) => a.createdAt - b.createdAt);
}

/** One person, or undefined. */
export function getPerson(id: string): Promise<Person | undefined> {
  return db().people.get(id);
}

/** Adds a person with a name and a picture; returns the stored record. */
export async function addPerson(input: { name: string; picture: PictureRef }): Promise<Person> {
  const now = Date.now();
  const parsed = personSchema.safeParse({
    id: crypto.randomUUID(),
    name: input.name.trim(),
    picture: input.picture,
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const person: Person = parsed.data;
  await writeTogether([db().people], () => db().people.add(person));
  return person;
}

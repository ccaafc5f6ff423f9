// People on this tablet: list, read, add, rename, and how each one likes the app.
import { withDefaults } from '../domain/preferences';
import { loadSchemas } from './schemas';
import type { PictureRef, Person, Preferences } from '../domain/types';
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

/**
 * Adds a person with a name and a picture; returns the stored record. `id` is given when the
 * person's own photo was stored (under that id) before the person.
 */
export async function addPerson(input: {
  id?: string;
  name: string;
  picture: PictureRef;
}): Promise<Person> {
  const { personSchema } = await loadSchemas();
  const now = Date.now();
  const parsed = personSchema.safeParse({
    id: input.id ?? crypto.randomUUID(),
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

/**
 * Changes some of a person's "how I like it" preferences and keeps the rest; returns them all.
 * Refuses values out of range (StorageError 'invalid') and then stores nothing.
 */
export async function updatePreferences(
  personId: string,
  change: Partial<Preferences>,
): Promise<Preferences> {
  const { preferencesSchema } = await loadSchemas();
  const { people } = db();
  return writeTogether([people], async () => {
    const person = await people.get(personId);
    if (!person) throw new StorageError('not-found');
    const parsed = preferencesSchema.safeParse({ ...withDefaults(person.preferences), ...change });
    if (!parsed.success) throw new StorageError('invalid', parsed.error);
    const { voiceURI, ...rest } = parsed.data;
    const preferences: Preferences = voiceURI === undefined ? rest : { ...rest, voiceURI };
    await people.put({ ...person, preferences, updatedAt: Date.now() });
    return preferences;
  });
}

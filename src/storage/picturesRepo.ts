// Photos and drawings kept on the device, as bytes + MIME (never Blob: Safari loses Blobs in
// IndexedDB). Decoding and resizing happen before, outside any transaction (src/pictures).
import { loadSchemas } from './schemas';
import type { StoredPicture } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** What a feature gives to store a picture: everything but the id and the time. */
export type NewPicture = Omit<StoredPicture, 'id' | 'createdAt'>;

/**
 * Stores a picture of `personId` in one transaction and returns it. Refuses (StorageError
 * 'invalid') bytes that are empty, too big or of another kind. The person need not exist yet:
 * a new person's picture is stored before the person is.
 */
export async function addPicture(input: NewPicture): Promise<StoredPicture> {
  const { storedPictureSchema } = await loadSchemas();
  const parsed = storedPictureSchema.safeParse({
    ...input,
    id: crypto.randomUUID(),
    createdAt: Date.now(),
  });
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const picture: StoredPicture = parsed.data;
  await writeTogether([db().pictures], () => db().pictures.add(picture));
  return picture;
}

/** One stored picture, or undefined. */
export function getPicture(id: string): Promise<StoredPicture | undefined> {
  return db().pictures.get(id);
}

/**
 * Many stored pictures in one read, in the order of `ids` (undefined where there is none).
 * Pictures never change under the same id, so callers may keep what they read.
 */
export function getPictures(ids: readonly string[]): Promise<(StoredPicture | undefined)[]> {
  return db().pictures.bulkGet([...ids]);
}

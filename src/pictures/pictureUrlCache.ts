// Stored pictures never change under the same id, so each one is read once (every id asked in the
// same moment goes into one read) and shown through one object URL shared by every <img>. A URL is
// let go a little after the last picture using it leaves, so a card moving lane keeps its URL.
import { getPictures } from '../storage';

/** A stored picture ready to show. */
export interface CachedPicture {
  url: string;
  width: number;
  height: number;
}

interface Entry {
  promise: Promise<CachedPicture | null>;
  /** null: read, and not on this device; undefined: still reading. */
  value?: CachedPicture | null;
  users: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** How long an unused picture's URL is kept before it is revoked. */
export const PICTURE_KEEP_MS = 3000;

const entries = new Map<string, Entry>();
let waiting: {
  id: string;
  resolve: (value: CachedPicture | null) => void;
  reject: (e: unknown) => void;
}[] = [];

function readWaiting(): void {
  const batch = waiting;
  waiting = [];
  getPictures(batch.map((item) => item.id)).then(
    (found) => {
      batch.forEach((item, index) => {
        const picture = found[index];
        item.resolve(
          picture
            ? {
                url: URL.createObjectURL(new Blob([picture.bytes], { type: picture.mime })),
                width: picture.width,
                height: picture.height,
              }
            : null,
        );
      });
    },
    (error: unknown) => batch.forEach((item) => item.reject(error)),
  );
}

function entryFor(id: string): Entry {
  const known = entries.get(id);
  if (known) return known;
  const promise = new Promise<CachedPicture | null>((resolve, reject) => {
    if (waiting.length === 0) queueMicrotask(readWaiting);
    waiting.push({ id, resolve, reject });
  });
  const entry: Entry = { promise, users: 0 };
  promise.then(
    (value) => {
      entry.value = value;
    },
    // A failed read is not kept: the next user tries again.
    () => {
      if (entries.get(id) === entry) entries.delete(id);
    },
  );
  entries.set(id, entry);
  return entry;
}

function forget(id: string, entry: Entry): void {
  if (entries.get(id) === entry) entries.delete(id);
  if (entry.value) URL.revokeObjectURL(entry.value.url);
}

/** The picture if it has been read already: null when it is not on this device. */
export function peekPicture(id: string): CachedPicture | null | undefined {
  return entries.get(id)?.value;
}

/** Reads (or reuses) picture `id` and keeps its URL alive until `release` is called. */
export function holdPicture(id: string): {
  promise: Promise<CachedPicture | null>;
  release: () => void;
} {
  const entry = entryFor(id);
  entry.users += 1;
  clearTimeout(entry.timer);
  entry.timer = undefined;
  let isHeld = true;
  return {
    promise: entry.promise,
    release: () => {
      if (!isHeld) return;
      isHeld = false;
      entry.users -= 1;
      if (entry.users > 0) return;
      // "Not on this device" is not kept: the picture may arrive later (a restore, a shared file).
      if (entry.value === null) return forget(id, entry);
      entry.timer = setTimeout(() => {
        if (entry.users === 0) forget(id, entry);
      }, PICTURE_KEEP_MS);
    },
  };
}

/** Lets go of every picture nobody shows now (after a restore, or between tests). */
export function forgetUnusedPictures(): void {
  for (const [id, entry] of [...entries]) {
    if (entry.users > 0) continue;
    clearTimeout(entry.timer);
    forget(id, entry);
  }
}

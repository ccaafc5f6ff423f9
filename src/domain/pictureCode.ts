// The picture code that keeps a person's plans for them on a shared tablet: 3 of 9 pictures in
// order. Only a salted SHA-256 of the order is kept, never the pictures themselves; after 5
// wrong tries in a row each further wrong try makes the person wait longer.

/** The pictures a code is made of: big, different in shape and colour, easy to name. */
export const CODE_PICTURES = [
  { id: 'cat', symbolId: '1f431' },
  { id: 'dog', symbolId: '1f436' },
  { id: 'fish', symbolId: '1f41f' },
  { id: 'bird', symbolId: '1f426' },
  { id: 'apple', symbolId: '1f34e' },
  { id: 'banana', symbolId: '1f34c' },
  { id: 'flower', symbolId: '1f338' },
  { id: 'sun', symbolId: '2600' },
  { id: 'car', symbolId: '1f697' },
] as const;

/** One picture of a code, by its id ("cat"). */
export type CodePictureId = (typeof CODE_PICTURES)[number]['id'];

/** How many pictures make a code. */
export const CODE_LENGTH = 3;

/** Wrong tries in a row before the person has to wait. */
export const FREE_TRIES = 5;

/** The first wait (1 minute); each wrong try after it doubles the wait, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 60_000;

/** The longest wait: 30 minutes. */
export const MAX_WAIT_MS = 30 * 60_000;

/** The minutes without a touch after which My Plan locks. */
export const IDLE_MINUTES = [1, 2, 5, 10] as const;

/** One of IDLE_MINUTES. */
export type IdleMinutes = (typeof IDLE_MINUTES)[number];

/** The idle time when the person has not chosen one. */
export const DEFAULT_IDLE_MINUTES: IdleMinutes = 2;

const PICTURE_IDS = new Set<string>(CODE_PICTURES.map((picture) => picture.id));

/** True when `ids` is a whole code: CODE_LENGTH known pictures (a picture may come again). */
export function isWholeCode(ids: readonly string[]): ids is CodePictureId[] {
  return ids.length === CODE_LENGTH && ids.every((id) => PICTURE_IDS.has(id));
}

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** 16 random bytes as hex, mixed into every hash of one code. */
export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The SHA-256 (hex) of `salt` and the picture ids in order. */
export async function hashPictureCode(ids: readonly string[], salt: string): Promise<string> {
  const text = new TextEncoder().encode(`my-plan-picture-code:${salt}:${ids.join(',')}`);
  return toHex(await crypto.subtle.digest('SHA-256', text));
}

/**
 * How long to wait (ms) after `failedTries` wrong tries in a row: nothing for the first 4, then
 * 1 minute, 2, 4, 8, 16, and 30 minutes from then on.
 */
export function waitAfter(failedTries: number): number {
  if (failedTries < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failedTries - FREE_TRIES), MAX_WAIT_MS);
}

/**
 * When the next try may be taken, or undefined: at once. A wait longer than the longest one can
 * only come from a tablet clock set back; it is not kept (it could lock a person out for days).
 */
export function nextTryAt(waitUntil: number | undefined, now: number): number | undefined {
  if (waitUntil === undefined || waitUntil <= now || waitUntil - now > MAX_WAIT_MS)
    return undefined;
  return waitUntil;
}

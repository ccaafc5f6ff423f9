// The picture code's pure parts: what a whole code is, the salted hash, and the waits.
import { describe, expect, it } from 'vitest';
import {
  CODE_PICTURES,
  FIRST_WAIT_MS,
  hashPictureCode,
  isWholeCode,
  MAX_WAIT_MS,
  newSalt,
  nextTryAt,
  waitAfter,
} from '../../src/domain/pictureCode';

describe('picture code', () => {
  it('offers 9 different pictures with different ids', () => {
    expect(new Set(CODE_PICTURES.map((p) => p.id)).size).toBe(9);
    expect(new Set(CODE_PICTURES.map((p) => p.symbolId)).size).toBe(9);
  });

  it('knows a whole code: 3 known pictures, one may come again', () => {
    expect(isWholeCode(['cat', 'dog', 'sun'])).toBe(true);
    expect(isWholeCode(['cat', 'cat', 'cat'])).toBe(true);
    expect(isWholeCode(['cat', 'dog'])).toBe(false);
    expect(isWholeCode(['cat', 'dog', 'sun', 'car'])).toBe(false);
    expect(isWholeCode(['cat', 'dog', 'lion'])).toBe(false);
  });

  it('hashes the order with a salt, never keeping the pictures', async () => {
    const salt = newSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt()).not.toBe(salt);
    const hash = await hashPictureCode(['cat', 'dog', 'sun'], salt);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('cat');
    expect(await hashPictureCode(['cat', 'dog', 'sun'], salt)).toBe(hash);
    expect(await hashPictureCode(['dog', 'cat', 'sun'], salt)).not.toBe(hash);
    expect(await hashPictureCode(['cat', 'dog', 'sun'], newSalt())).not.toBe(hash);
  });

  it('waits after 5 wrong tries: 1 minute, then longer, up to 30 minutes', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect(waitAfter(5)).toBe(FIRST_WAIT_MS);
    expect(waitAfter(6)).toBe(2 * FIRST_WAIT_MS);
    expect(waitAfter(7)).toBe(4 * FIRST_WAIT_MS);
    expect(waitAfter(20)).toBe(MAX_WAIT_MS);
  });

  it('lets a try happen once the wait is over, or when the clock was set back', () => {
    expect(nextTryAt(undefined, 1000)).toBeUndefined();
    expect(nextTryAt(5000, 1000)).toBe(5000);
    expect(nextTryAt(5000, 5000)).toBeUndefined();
    expect(nextTryAt(1000 + MAX_WAIT_MS + 1, 1000)).toBeUndefined();
  });
});

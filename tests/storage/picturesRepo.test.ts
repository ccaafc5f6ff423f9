// Stored pictures: bytes go in and come back the same (ArrayBuffer, not Blob); bad input is refused.
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/database';
import { addPicture, getPicture, StorageError } from '../../src/storage';

function someBytes(length: number): ArrayBuffer {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 31 + 7) % 256;
  return bytes.buffer;
}

const photo = {
  personId: 'person-1',
  mime: 'image/jpeg',
  source: 'upload' as const,
  alt: 'Photo',
  width: 1600,
  height: 1200,
};

describe('pictures repository', () => {
  it('stores bytes and gives back the same bytes as an ArrayBuffer', async () => {
    const bytes = someBytes(5000);
    const stored = await addPicture({ ...photo, bytes });
    const read = await getPicture(stored.id);
    expect(read).toBeDefined();
    expect(Object.prototype.toString.call(read?.bytes)).toBe('[object ArrayBuffer]');
    expect(new Uint8Array(read?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(bytes));
    expect(read).toMatchObject({ ...photo, id: stored.id });
    expect(read?.createdAt).toBeGreaterThan(0);
  });

  it('gives undefined for a picture that is not there', async () => {
    expect(await getPicture('nope')).toBeUndefined();
  });

  it.each([
    ['empty bytes', { bytes: new ArrayBuffer(0) }],
    ['a Blob instead of bytes', { bytes: new Blob(['x']) as unknown as ArrayBuffer }],
    ['bytes over 8 MB', { bytes: new ArrayBuffer(8 * 1024 * 1024 + 1) }],
    ['an SVG', { mime: 'image/svg+xml' }],
    ['no person', { personId: '' }],
    ['a made-up source', { source: 'internet' as 'upload' }],
    ['no width', { width: 0 }],
    ['a broken height', { height: 1.5 }],
    ['a huge size', { width: 20000 }],
  ])('refuses %s and stores nothing', async (_name, change) => {
    const attempt = addPicture({ ...photo, bytes: someBytes(10), ...change });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ problem: 'invalid' });
    expect(await db().pictures.count()).toBe(0);
  });
});

// The shared picture cache: pictures asked together are read together, one URL per picture is
// shared by its users, and a URL is revoked once nobody uses it any more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetUnusedPictures,
  holdPicture,
  peekPicture,
  PICTURE_KEEP_MS,
} from '../../src/pictures/pictureUrlCache';
import * as storage from '../../src/storage';

vi.mock('../../src/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage')>();
  return { ...real, getPictures: vi.fn(real.getPictures) };
});

function store(n: number) {
  return storage.addPicture({
    personId: 'p1',
    bytes: new Uint8Array([1, 2, n]).buffer,
    mime: 'image/png',
    source: 'drawing',
    alt: 'Drawing',
    width: 4,
    height: 3,
  });
}

beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${(n += 1)}`),
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.mocked(storage.getPictures).mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  forgetUnusedPictures();
  vi.unstubAllGlobals();
});

describe('pictureUrlCache', () => {
  it('reads pictures asked at the same moment in one read, one URL per picture', async () => {
    const pictures = await Promise.all([store(1), store(2), store(3)]);
    const held = [...pictures, pictures[0]].map((p) => holdPicture(p!.id));
    const shown = await Promise.all(held.map((h) => h.promise));
    expect(storage.getPictures).toHaveBeenCalledTimes(1);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(3);
    expect(shown[3]).toBe(shown[0]);
    expect(shown[0]).toMatchObject({ width: 4, height: 3, url: expect.stringMatching(/^blob:/) });
    expect(peekPicture(pictures[1]!.id)).toBe(shown[1]);
    held.forEach((h) => h.release());
  });

  it('revokes a URL only when its last user lets go, after a short while', async () => {
    const picture = await store(1);
    const first = holdPicture(picture.id);
    const second = holdPicture(picture.id);
    const { url } = (await first.promise)!;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.release();
    first.release(); // a second release of the same hold changes nothing
    second.release();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    // Taken again in the meantime (a card moving lane): the same URL, nothing read again.
    const again = holdPicture(picture.id);
    expect(await again.promise).toMatchObject({ url });
    again.release();
    vi.advanceTimersByTime(PICTURE_KEEP_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(1);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(url);
    expect(peekPicture(picture.id)).toBeUndefined();
    expect(storage.getPictures).toHaveBeenCalledTimes(1);
  });

  it('says a missing picture is missing and does not keep that answer', async () => {
    const held = holdPicture('no-such-picture');
    expect(await held.promise).toBeNull();
    expect(peekPicture('no-such-picture')).toBeNull();
    held.release();
    expect(peekPicture('no-such-picture')).toBeUndefined();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('lets go of unused pictures at once when asked (after a restore)', async () => {
    const picture = await store(1);
    const held = holdPicture(picture.id);
    const { url } = (await held.promise)!;
    forgetUnusedPictures();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    held.release();
    forgetUnusedPictures();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(url);
  });
});

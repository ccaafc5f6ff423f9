// A pretend Audio element and object URLs for tests (jsdom plays nothing and has no blob: URLs).
import { vi } from 'vitest';

/** Replaces `Audio` and `URL.createObjectURL`; `played` lists the blobs that were played. */
export function installFakeAudio({ canPlay = true } = {}) {
  const blobs = new Map<string, Blob>();
  const played: Blob[] = [];
  const revoked: string[] = [];
  let n = 0;
  class FakeAudio {
    src: string;
    onended: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(src: string) {
      this.src = src;
    }
    play() {
      if (!canPlay) return Promise.reject(new Error('NotSupportedError'));
      const blob = blobs.get(this.src);
      if (blob) played.push(blob);
      setTimeout(() => this.onended?.(), 0);
      return Promise.resolve();
    }
    pause() {}
  }
  vi.stubGlobal('Audio', FakeAudio);
  const create = vi.fn((blob: Blob) => {
    n += 1;
    const url = `blob:test/${n}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn((url: string) => revoked.push(url));
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  return {
    played,
    revoked,
    remove() {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    },
  };
}

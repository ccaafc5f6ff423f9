// A pretend microphone for tests: getUserMedia gives a stream whose track can be stopped, and
// MediaRecorder hands out a few bytes of "sound" when stopped. Or it refuses, or is missing.
import { vi } from 'vitest';

interface Options {
  /** getUserMedia fails with this DOMException name (e.g. NotAllowedError). */
  refuseWith?: string;
  /** No MediaRecorder in this browser. */
  hasRecorder?: boolean;
  /** The only type the recorder supports. */
  supported?: string;
}

/** Installs the fake; `track.stop` shows whether the microphone was let go. */
export function installFakeMicrophone({
  refuseWith,
  hasRecorder = true,
  supported = 'audio/mp4',
}: Options = {}) {
  const track = { stop: vi.fn(), kind: 'audio' };
  const stream = { getTracks: () => [track] };
  const getUserMedia = vi.fn(() =>
    refuseWith ? Promise.reject(new DOMException('no', refuseWith)) : Promise.resolve(stream),
  );
  const recorders: FakeRecorder[] = [];

  class FakeRecorder extends EventTarget {
    static isTypeSupported = (type: string) => type === supported;
    state: 'inactive' | 'recording' = 'inactive';
    mimeType: string;
    constructor(_stream: unknown, options?: { mimeType?: string }) {
      super();
      this.mimeType = options?.mimeType ?? 'audio/webm';
      recorders.push(this);
    }
    start() {
      this.state = 'recording';
    }
    stop() {
      this.state = 'inactive';
      setTimeout(() => {
        const data = new Blob([new Uint8Array([7, 7, 7, 7])], { type: this.mimeType });
        this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
        this.dispatchEvent(new Event('stop'));
      }, 0);
    }
  }

  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia },
    configurable: true,
  });
  if (hasRecorder) vi.stubGlobal('MediaRecorder', FakeRecorder);
  return {
    track,
    getUserMedia,
    recorders,
    remove() {
      Reflect.deleteProperty(navigator, 'mediaDevices');
      vi.unstubAllGlobals();
    },
  };
}

// Photo import refuses bad files with a typed error before any decoding, and reports a photo
// the browser cannot decode as 'unreadable'. (Real decoding is checked in tests/e2e/photos.spec.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhotoImportError, type PhotoProblem } from '../../src/pictures/imageFacts';
import { importPhoto } from '../../src/pictures/photoImport';

async function problemOf(file: Blob): Promise<PhotoProblem | undefined> {
  try {
    await importPhoto(file);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PhotoImportError);
    return (error as PhotoImportError).kind;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (HTMLImageElement.prototype as { decode?: unknown }).decode;
});

describe('importPhoto', () => {
  it('refuses an SVG file, even when it says it is a JPEG', async () => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(await problemOf(new File([svg], 'a.svg', { type: 'image/svg+xml' }))).toBe('svg');
    expect(await problemOf(new File([svg], 'cat.jpg', { type: 'image/jpeg' }))).toBe('svg');
    expect(decode).not.toHaveBeenCalled();
  });

  it('refuses a text file as not an image', async () => {
    const file = new File(['Shopping: milk, bread'], 'list.txt', { type: 'text/plain' });
    expect(await problemOf(file)).toBe('not-an-image');
  });

  it('refuses a file over 40 MB without reading it', async () => {
    const file = new File([new Uint8Array(16)], 'huge.jpg', { type: 'image/jpeg' });
    Object.defineProperty(file, 'size', { value: 41 * 1024 * 1024 });
    const slice = vi.spyOn(file, 'slice');
    expect(await problemOf(file)).toBe('too-big');
    expect(slice).toHaveBeenCalledTimes(1); // only the first bytes, to sniff
  });

  it('calls a photo that cannot be decoded unreadable', async () => {
    const failing = vi.fn().mockRejectedValue(new DOMException('bad', 'InvalidStateError'));
    vi.stubGlobal('createImageBitmap', failing);
    const broken = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'x.jpg', {
      type: 'image/jpeg',
    });
    // The <img> fallback cannot decode it either.
    Object.defineProperty(HTMLImageElement.prototype, 'decode', {
      configurable: true,
      value: () => Promise.reject(new DOMException('no decoder', 'EncodingError')),
    });
    expect(await problemOf(broken)).toBe('unreadable');
    expect(failing).toHaveBeenCalledWith(broken, { imageOrientation: 'from-image' });
  });
});

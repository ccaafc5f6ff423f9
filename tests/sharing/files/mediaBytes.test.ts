// The sizes image headers declare, read without decoding, and the check that a file's picture
// and voice bytes are what their records say.
import { describe, expect, it } from 'vitest';
import { headerSize, sniffImage } from '../../../src/domain/imageHeader';
import { isSoundContainer, pictureBytesProblem } from '../../../src/sharing/files/mediaBytes';
import { HTML_PAGE, SCRIPT_SVGS, imageBytes, soundBytes, textBytes } from './imageCraft';

const u8 = (buffer: ArrayBuffer) => new Uint8Array(buffer);

describe('headerSize', () => {
  it('reads the size each kind of header declares', () => {
    for (const kind of ['png', 'jpeg', 'gif', 'webp'] as const) {
      const bytes = u8(imageBytes(kind, 1234, 567));
      expect(sniffImage(bytes)).toBe(kind);
      expect(headerSize(bytes, kind)).toEqual({ width: 1234, height: 567 });
    }
  });

  it('says nothing when the header is cut short or has no frame', () => {
    expect(headerSize(u8(imageBytes('png', 10, 10)).subarray(0, 20), 'png')).toBeUndefined();
    expect(headerSize(Uint8Array.of(0xff, 0xd8, 0xff, 0xda, 0, 8), 'jpeg')).toBeUndefined();
    expect(headerSize(Uint8Array.of(0xff, 0xd8, 0, 0, 0, 0, 0, 0, 0, 0), 'jpeg')).toBeUndefined();
  });
});

describe('pictureBytesProblem', () => {
  it('accepts a picture of its own kind and a size a stored picture may have', () => {
    expect(pictureBytesProblem('image/png', u8(imageBytes('png', 40, 30)))).toBeUndefined();
    expect(pictureBytesProblem('image/webp', u8(imageBytes('webp', 4096, 1)))).toBeUndefined();
  });

  it('refuses HTML, SVG with a script, another kind, and 30000×30000', () => {
    expect(pictureBytesProblem('image/jpeg', u8(textBytes(HTML_PAGE)))).toBe(
      'image/jpeg holds unknown',
    );
    for (const svg of SCRIPT_SVGS) {
      expect(pictureBytesProblem('image/png', u8(textBytes(svg)))).toBe('image/png holds svg');
    }
    expect(pictureBytesProblem('image/jpeg', u8(imageBytes('png', 40, 30)))).toBe(
      'image/jpeg holds png',
    );
    expect(pictureBytesProblem('image/png', u8(imageBytes('png', 30_000, 30_000)))).toBe(
      'image/png of 30000×30000',
    );
    expect(pictureBytesProblem('image/gif', u8(imageBytes('gif', 0, 5)))).toBe('image/gif of 0×5');
    expect(pictureBytesProblem('image/jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0xd9))).toBe(
      'image/jpeg without a size',
    );
  });
});

describe('isSoundContainer', () => {
  it('knows recordings by their first bytes, and nothing else', () => {
    expect(isSoundContainer(u8(soundBytes(100, 1)))).toBe(true);
    expect(isSoundContainer(u8(textBytes('OggS\0\x02')))).toBe(true);
    expect(isSoundContainer(u8(textBytes('\0\0\0\x20ftypM4A ')))).toBe(true);
    expect(isSoundContainer(u8(textBytes(HTML_PAGE)))).toBe(false);
    expect(isSoundContainer(u8(imageBytes('png', 1, 1)))).toBe(false);
    expect(isSoundContainer(new Uint8Array(0))).toBe(false);
  });
});

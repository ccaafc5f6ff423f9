// The pure rules of photo import: target size, what the first bytes say, and when a file is refused.
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_PHOTO_EDGE,
  refusalFor,
  sniffImage,
  targetSize,
} from '../../src/pictures/imageFacts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value],
    ),
  );

const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF');
const PNG = bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR');
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');

describe('targetSize', () => {
  it('shrinks a 12-megapixel photo so its long edge is 1600', () => {
    expect(targetSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(targetSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never makes a small picture bigger', () => {
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(targetSize(MAX_PHOTO_EDGE, 10)).toEqual({ width: MAX_PHOTO_EDGE, height: 10 });
  });

  it('keeps the long edge at most the limit, and every side at least 1 px', () => {
    for (const [w, h] of [
      [4032, 3024],
      [1601, 1],
      [9999, 7],
      [4000, 4000],
      [1601, 1599],
    ] as const) {
      const size = targetSize(w, h, 1600);
      expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1600);
      expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(1);
      // Same shape: each side within rounding of the exact scaled size.
      const scale = Math.min(1, 1600 / Math.max(w, h));
      expect(Math.abs(size.width - w * scale)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(size.height - Math.max(1, h * scale))).toBeLessThanOrEqual(0.5);
    }
    expect(targetSize(2400, 1200, 1200)).toEqual({ width: 1200, height: 600 });
  });

  it('refuses an image without a size', () => {
    expect(() => targetSize(0, 100)).toThrow(RangeError);
    expect(() => targetSize(Number.NaN, 100)).toThrow(RangeError);
  });
});

describe('sniffImage', () => {
  it('knows photos by their first bytes', () => {
    expect(sniffImage(JPEG)).toBe('jpeg');
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(bytes('GIF89a'))).toBe('gif');
    expect(sniffImage(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
    expect(sniffImage(bytes(0, 0, 0, 24, 'ftypheic'))).toBe('heic');
    expect(sniffImage(bytes(0, 0, 0, 24, 'ftypavif'))).toBe('avif');
  });

  it('finds SVG and XML however they start', () => {
    expect(sniffImage(SVG)).toBe('svg');
    expect(sniffImage(new TextEncoder().encode('<?xml version="1.0"?><svg/>'))).toBe('svg');
    expect(sniffImage(new TextEncoder().encode('\uFEFF  \n<SVG width="1">'))).toBe('svg');
    expect(
      sniffImage(new TextEncoder().encode('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg>')),
    ).toBe('svg');
    expect(sniffImage(new TextEncoder().encode('<!-- made by hand --><svg>'))).toBe('svg');
  });

  it('does not know text or nothing', () => {
    expect(sniffImage(new TextEncoder().encode('Hello, this is a letter.'))).toBe('unknown');
    expect(sniffImage(new Uint8Array())).toBe('unknown');
  });
});

describe('refusalFor', () => {
  const photo = { size: 3_000_000, type: 'image/jpeg', name: 'IMG_0001.jpg' };

  it('lets photos through to be decoded', () => {
    expect(refusalFor(photo, JPEG)).toBeUndefined();
    expect(refusalFor({ ...photo, type: '' }, JPEG)).toBeUndefined();
    // HEIC from an iPhone: the browser decides whether it can decode it.
    expect(refusalFor({ ...photo, type: 'image/heic' }, bytes(0, 0, 0, 24, 'ftypheic'))).toBe(
      undefined,
    );
  });

  it("refuses SVG by its MIME type, its name, or its bytes ('svg')", () => {
    expect(refusalFor({ ...photo, type: 'image/svg+xml' }, SVG)).toBe('svg');
    expect(refusalFor({ ...photo, type: '', name: 'drawing.SVG' }, JPEG)).toBe('svg');
    expect(refusalFor({ ...photo, type: 'image/jpeg', name: 'cat.jpg' }, SVG)).toBe('svg');
    expect(refusalFor({ ...photo, type: 'image/png', name: 'cat.png' }, SVG)).toBe('svg');
  });

  it("refuses files over 40 MB before reading them ('too-big')", () => {
    expect(refusalFor({ ...photo, size: MAX_FILE_BYTES + 1 }, JPEG)).toBe('too-big');
    expect(refusalFor({ ...photo, size: MAX_FILE_BYTES }, JPEG)).toBeUndefined();
  });

  it("refuses what is not an image ('not-an-image')", () => {
    const text = new TextEncoder().encode('Dear Sam, see you on Monday.');
    expect(refusalFor({ size: 30, type: 'text/plain', name: 'note.txt' }, text)).toBe(
      'not-an-image',
    );
    expect(refusalFor({ size: 30, type: 'application/pdf' }, bytes('%PDF-1.7'))).toBe(
      'not-an-image',
    );
    expect(refusalFor({ ...photo, size: 0 }, new Uint8Array())).toBe('not-an-image');
  });
});

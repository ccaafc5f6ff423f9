// Hostile photos (issue 6): a web page called cat.jpg, SVG with a script, and headers that ask
// 30000×30000 pixels are refused by their first bytes, in plain words, before anything is
// decoded and with nothing stored. Real photos and panoramas still go on to be decoded.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhotoImportError, refusalFor, type PhotoProblem } from '../../src/pictures/imageFacts';
import { importPhoto } from '../../src/pictures/photoImport';
import { usePictureImport } from '../../src/pictures/usePictureImport';
import { HTML_PAGE, SCRIPT_SVGS, imageHeader } from '../sharing/files/imageCraft';
import { missingWords } from '../support/fuzz/checks';
import { tableHashes } from '../support/tableHashes';

const text = (value: string) => Array.from(value, (char) => char.charCodeAt(0));
const be32 = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A JPEG whose frame comes after 60 KB of EXIF, as phone photos have it. */
function jpegAfterExif(width: number, height: number): Uint8Array<ArrayBuffer> {
  const exif = [
    0xff,
    0xe1,
    0xea,
    0x60,
    ...text('Exif\0\0'),
    ...new Array<number>(60_000 - 8).fill(0),
  ];
  return Uint8Array.from([0xff, 0xd8, ...exif, ...imageHeader('jpeg', width, height).slice(2)]);
}

/** A HEIC whose image extent ('ispe') says `width`×`height`. */
function heic(width: number, height: number): Uint8Array<ArrayBuffer> {
  const ftyp = [0, 0, 0, 24, ...text('ftypheic'), 0, 0, 0, 0, ...text('mif1heic')];
  return Uint8Array.from([
    ...ftyp,
    0,
    0,
    0,
    20,
    ...text('ispe'),
    0,
    0,
    0,
    0,
    ...be32(width),
    ...be32(height),
  ]);
}

const bmp = (width: number, height: number) =>
  Uint8Array.from([
    ...text('BM'),
    ...new Array<number>(16).fill(0),
    width & 0xff,
    width >> 8,
    0,
    0,
    height & 0xff,
    height >> 8,
    0,
    0,
  ]);

const HOSTILE: [string, BlobPart, string, PhotoProblem][] = [
  ['HTML called cat.jpg', HTML_PAGE, 'image/jpeg', 'not-an-image'],
  [
    'HTML with a picture tag',
    '<html><body><img src=x onerror=alert(1)></body></html>',
    'image/png',
    'not-an-image',
  ],
  ['HTML that holds an SVG', '<!DOCTYPE html><svg onload="alert(1)"></svg>', 'image/jpeg', 'svg'],
  ...SCRIPT_SVGS.map((svg, i): [string, BlobPart, string, PhotoProblem] => [
    `SVG with a script ${i + 1} called .jpg`,
    svg,
    'image/jpeg',
    'svg',
  ]),
  [
    'PNG of 30000×30000',
    Uint8Array.from(imageHeader('png', 30_000, 30_000)),
    'image/png',
    'too-big',
  ],
  ['JPEG of 30000×30000 after its EXIF', jpegAfterExif(30_000, 30_000), 'image/jpeg', 'too-big'],
  [
    'GIF of 65535×65535',
    Uint8Array.from(imageHeader('gif', 65_535, 65_535)),
    'image/gif',
    'too-big',
  ],
  [
    'WebP of 30000×30000',
    Uint8Array.from(imageHeader('webp', 30_000, 30_000)),
    'image/webp',
    'too-big',
  ],
  ['HEIC of 30000×30000', heic(30_000, 30_000), 'image/heic', 'too-big'],
  ['BMP of 30000×30000', bmp(30_000, 30_000), 'image/bmp', 'too-big'],
  ['a 108-megapixel photo', jpegAfterExif(12_000, 9_000), 'image/jpeg', 'too-big'],
  ['a program called photo.jpg', 'MZ\x90\0\x03\0\0\0', 'image/jpeg', 'not-an-image'],
];

afterEach(() => vi.unstubAllGlobals());

describe('importPhoto with hostile files', () => {
  it.each(HOSTILE)('refuses %s before decoding it', async (_, content, type, problem) => {
    const decode = vi.fn().mockRejectedValue(new Error('must not decode'));
    vi.stubGlobal('createImageBitmap', decode);
    const error = await importPhoto(new File([content], 'cat.jpg', { type })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PhotoImportError);
    expect((error as PhotoImportError).kind).toBe(problem);
    expect(decode).not.toHaveBeenCalled();
    expect(missingWords(`pictures.errors.${problem}`)).toEqual([]);
  });

  it('lets real photos and panoramas through to be decoded', () => {
    const photo = { size: 3_000_000, type: 'image/jpeg', name: 'IMG_0001.jpg' };
    expect(refusalFor(photo, jpegAfterExif(4032, 3024))).toBeUndefined();
    expect(refusalFor(photo, jpegAfterExif(16_000, 3_000))).toBeUndefined();
    expect(refusalFor({ ...photo, type: 'image/heic' }, heic(8064, 6048))).toBeUndefined();
    expect(
      refusalFor({ ...photo, type: 'image/png' }, Uint8Array.from(imageHeader('png', 1200, 900))),
    ).toBeUndefined();
  });
});

describe('usePictureImport with hostile files', () => {
  it('says each problem in plain words and stores nothing', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new Error('must not decode')));
    const before = await tableHashes();
    const { result } = renderHook(() => usePictureImport('person-1'));
    for (const [name, content, type, problem] of HOSTILE) {
      let stored: unknown;
      await act(async () => {
        stored = await result.current.importFile(
          new File([content], 'cat.jpg', { type }),
          'upload',
          name,
        );
      });
      expect(stored).toBeUndefined();
      expect(result.current.state).toEqual({
        status: 'failed',
        problem: `pictures.errors.${problem}`,
      });
    }
    expect(await tableHashes()).toEqual(before);
  });
});

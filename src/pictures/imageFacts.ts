// The pure facts behind importing a photo: what a file really is (by its first bytes), whether
// it may be used at all, and the size it is stored at. No DOM, so every rule is unit-tested.
import { headerSize, sniffImage, type PixelSize } from '../domain/imageHeader';

export { sniffImage, type SniffedKind } from '../domain/imageHeader';

/** The longest side of a stored photo, in pixels. Sharp on a tablet, small on the disk. */
export const MAX_PHOTO_EDGE = 1600;

/** The longest side of a stored drawing, in pixels. */
export const MAX_DRAWING_EDGE = 1200;

/** Files bigger than this are refused before they are read (no phone photo is this big). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** JPEG quality of stored photos: no visible loss on a tablet, a few hundred KB. */
export const JPEG_QUALITY = 0.82;

/** Why a file could not become a picture; each has plain words in `pictures.errors.<kind>`. */
export type PhotoProblem = 'svg' | 'not-an-image' | 'too-big' | 'unreadable';

/** A file that could not become a picture, with the kind of problem. */
export class PhotoImportError extends Error {
  readonly kind: PhotoProblem;

  constructor(kind: PhotoProblem, cause?: unknown) {
    super(`photo import: ${kind}`, { cause });
    this.name = 'PhotoImportError';
    this.kind = kind;
  }
}

/** Bytes read from the start of a photo to find its size (a JPEG's frame comes after EXIF). */
export const HEAD_BYTES = 256 * 1024;

/** Most pixels decoded (100 megapixels, 400 MB once decoded): more would crash a tablet. */
export const MAX_DECODE_PIXELS = 100_000_000;

/** Longest side decoded: no camera photo or panorama is longer. */
export const MAX_DECODE_EDGE = 20_000;

/** What is known about a file before it is decoded. */
export interface FileFacts {
  size: number;
  /** The MIME type the browser gave (may be empty). */
  type: string;
  name?: string;
}

/** Whether decoding an image of this declared size would take more memory than a tablet has. */
export function isTooManyPixels({ width, height }: PixelSize): boolean {
  return Math.max(width, height) > MAX_DECODE_EDGE || width * height > MAX_DECODE_PIXELS;
}

/**
 * Decides from the file's size, MIME, name and first bytes (`head`, up to HEAD_BYTES) whether
 * it may be decoded at all: only what its bytes show to be an image (HTML called .jpg is not),
 * never SVG, and never more pixels than a tablet can hold. Returns the problem, or undefined.
 */
export function refusalFor(file: FileFacts, head: Uint8Array): PhotoProblem | undefined {
  const mime = file.type.toLowerCase();
  const name = (file.name ?? '').toLowerCase();
  if (mime === 'image/svg+xml' || name.endsWith('.svg') || name.endsWith('.svgz')) return 'svg';
  if (file.size > MAX_FILE_BYTES) return 'too-big';
  const kind = sniffImage(head);
  if (kind === 'svg') return 'svg';
  if (file.size === 0 || kind === 'unknown') return 'not-an-image';
  const size = headerSize(head, kind);
  if (size && isTooManyPixels(size)) return 'too-big';
  return undefined;
}

/** The size to store an image at: the long edge at most `maxEdge`, never bigger than it was. */
export function targetSize(
  width: number,
  height: number,
  maxEdge: number = MAX_PHOTO_EDGE,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('an image has a size');
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

// The pure facts behind importing a photo: what a file really is (by its first bytes), whether
// it may be used at all, and the size it is stored at. No DOM, so every rule is unit-tested.

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

/** What the first bytes of a file say it is. */
export type SniffedKind =
  'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'bmp' | 'svg' | 'unknown';

/** How many bytes from the start of a file `sniffImage` needs to see. */
export const SNIFF_BYTES = 1024;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** True when text (after a BOM and white space) starts like an SVG or any XML document. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SNIFF_BYTES));
  text = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('<svg') || text.startsWith('<?xml')) return true;
  // A comment or doctype may come first: `<!-- … --><svg` or `<!DOCTYPE svg …>`.
  return text.startsWith('<!') && text.includes('<svg');
}

/** Tells the kind of image from its first bytes (magic numbers), whatever its name or MIME say. */
export function sniffImage(bytes: Uint8Array): SniffedKind {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) {
      return 'heic';
    }
  }
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

/** What is known about a file before it is decoded. */
export interface FileFacts {
  size: number;
  /** The MIME type the browser gave (may be empty). */
  type: string;
  name?: string;
}

/**
 * Decides from the file's size, MIME, name and first bytes whether it may be decoded at all.
 * Returns the problem, or undefined when decoding may be tried.
 */
export function refusalFor(file: FileFacts, head: Uint8Array): PhotoProblem | undefined {
  const mime = file.type.toLowerCase();
  const name = (file.name ?? '').toLowerCase();
  if (mime === 'image/svg+xml' || name.endsWith('.svg') || name.endsWith('.svgz')) return 'svg';
  if (file.size > MAX_FILE_BYTES) return 'too-big';
  const kind = sniffImage(head);
  if (kind === 'svg') return 'svg';
  if (file.size === 0) return 'not-an-image';
  if (kind === 'unknown' && !mime.startsWith('image/')) return 'not-an-image';
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

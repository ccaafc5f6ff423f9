// What the first bytes of an image say, read without decoding it: its kind (by magic numbers,
// whatever its name or MIME type claim) and the size in pixels its header declares.

/** What the first bytes of a file say it is. */
export type SniffedKind =
  'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'bmp' | 'tiff' | 'ico' | 'svg' | 'unknown';

/** How many bytes from the start of a file `sniffImage` needs to see. */
export const SNIFF_BYTES = 1024;

/** A size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

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

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** Tells the kind of image from its first bytes (magic numbers), whatever its name or MIME say. */
export function sniffImage(bytes: Uint8Array): SniffedKind {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (['II*\0', 'MM\0*'].includes(ascii(bytes, 0, 4))) return 'tiff';
  if (ascii(bytes, 0, 4) === '\0\0\x01\0') return 'ico';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (HEIF_BRANDS.includes(brand)) return 'heic';
  }
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) + (b[at + 2] ?? 0) * 0x10000;
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 0x10000;

/** The frame size of a JPEG: the first start-of-frame segment, walking segment by segment. */
function jpegSize(bytes: Uint8Array): PixelSize | undefined {
  let at = 2;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xda || marker === 0xd9) return undefined; // the pixels start: no frame
    if (marker === 0xff) {
      at += 1; // fill byte
    } else if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
    } else if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    } else {
      at += 2 + u16be(bytes, at + 2);
    }
  }
  return undefined;
}

function webpSize(bytes: Uint8Array): PixelSize | undefined {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = u32le(bytes, 21);
    return { width: (bits & 0x3fff) + 1, height: (Math.floor(bits / 0x4000) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  }
  return undefined;
}

/** HEIC/AVIF: the largest image spatial extent ('ispe') box among the first bytes. */
function heifSize(bytes: Uint8Array): PixelSize | undefined {
  let found: PixelSize | undefined;
  for (let at = 4; at + 16 <= bytes.length; at += 1) {
    if (bytes[at] !== 0x69 || ascii(bytes, at, 4) !== 'ispe') continue;
    const size = { width: u32be(bytes, at + 8), height: u32be(bytes, at + 12) };
    if (!found || size.width * size.height > found.width * found.height) found = size;
  }
  return found;
}

/**
 * The size in pixels the header of an image of `kind` declares (what decoding it would take),
 * or undefined when the first bytes do not say it (or the kind has no header read here).
 */
export function headerSize(bytes: Uint8Array, kind: SniffedKind): PixelSize | undefined {
  switch (kind) {
    case 'png':
      return ascii(bytes, 12, 4) === 'IHDR' && bytes.length >= 24
        ? { width: u32be(bytes, 16), height: u32be(bytes, 20) }
        : undefined;
    case 'gif':
      return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : undefined;
    case 'jpeg':
      return jpegSize(bytes);
    case 'webp':
      return webpSize(bytes);
    case 'bmp':
      return bytes.length >= 26
        ? { width: Math.abs(u32le(bytes, 18) | 0), height: Math.abs(u32le(bytes, 22) | 0) }
        : undefined;
    case 'heic':
    case 'avif':
      return heifSize(bytes);
    default:
      return undefined;
  }
}

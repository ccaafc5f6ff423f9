// Builds picture and sound bytes by hand: real headers (any size they claim) over noise, and the
// hostile kinds (HTML called .jpg, SVG with a script) a file or a photo picker could bring.

/** Deterministic noise, so bytes do not compress and differ from one picture to the next. */
export function noise(length: number, seed: number): ArrayBuffer {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes.buffer;
}

/** The picture kinds a stored picture may be. */
export type CraftedKind = 'png' | 'jpeg' | 'gif' | 'webp';

const text = (value: string) => Array.from(value, (char) => char.charCodeAt(0));
const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [...be16(Math.floor(n / 0x10000)), ...be16(n)];
const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number) => [...le16(n), (n >>> 16) & 0xff];
const le32 = (n: number) => [...le16(n), ...le16(Math.floor(n / 0x10000))];

/** The header of an image of `kind` declaring `width`×`height` pixels. */
export function imageHeader(kind: CraftedKind, width: number, height: number): number[] {
  switch (kind) {
    case 'png':
      return [0x89, ...text('PNG\r\n\x1a\n'), ...be32(13), ...text('IHDR')].concat(
        be32(width),
        be32(height),
        [8, 2, 0, 0, 0],
        be32(0),
      );
    case 'jpeg':
      return [0xff, 0xd8, 0xff, 0xe0, ...be16(16), ...text('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]
        .concat([0xff, 0xc0, ...be16(17), 8, ...be16(height), ...be16(width), 3])
        .concat([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    case 'gif':
      return [...text('GIF89a'), ...le16(width), ...le16(height), 0, 0, 0];
    case 'webp':
      return [...text('RIFF'), ...le32(1000), ...text('WEBPVP8X'), ...le32(10)].concat(
        [0, 0, 0, 0],
        le24(width - 1),
        le24(height - 1),
      );
  }
}

/** `length` bytes of an image of `kind` whose header declares `width`×`height` (noise after). */
export function imageBytes(
  kind: CraftedKind,
  width: number,
  height: number,
  length = 600,
  seed = 1,
): ArrayBuffer {
  const head = imageHeader(kind, width, height);
  const bytes = new Uint8Array(Math.max(length, head.length));
  bytes.set(new Uint8Array(noise(bytes.length, seed)));
  bytes.set(head);
  return bytes.buffer;
}

/** `length` bytes of a WebM voice recording (its EBML header, then noise). */
export function soundBytes(length: number, seed: number): ArrayBuffer {
  const bytes = new Uint8Array(noise(length, seed));
  bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
  return bytes.buffer;
}

/** Bytes of a text. */
export function textBytes(value: string): ArrayBuffer {
  return new TextEncoder().encode(value).buffer;
}

/** A web page that runs a script, as someone might rename it `cat.jpg`. */
export const HTML_PAGE = '<!doctype html><html><body><script>alert(document.cookie)</script>';

/** SVG drawings that run a script: a <script> element, an onload, a link to javascript:. */
export const SCRIPT_SVGS = [
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  '\uFEFF  <!-- hi --><svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"/></svg>',
  '<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe/></foreignObject></svg>',
];

// Helpers for the photo specs: a big camera-like JPEG with EXIF GPS tags, a small JPEG reader,
// and reading stored pictures back from IndexedDB in the page.
import type { Page } from '@playwright/test';

/** Where the photo was "taken" (Randers): 56° 27' 43.21" N, 10° 2' 12.34" E, as EXIF rationals. */
const LATITUDE: [number, number][] = [
  [56, 1],
  [27, 1],
  [4321, 100],
];
const LONGITUDE: [number, number][] = [
  [10, 1],
  [2, 1],
  [1234, 100],
];

/** The bytes of the latitude as stored in the EXIF GPS block (to look for them afterwards). */
export const GPS_LATITUDE_BYTES = Buffer.from(LATITUDE.flatMap(([n, d]) => [...u32(n), ...u32(d)]));

function u16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}
function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
function entry(tag: number, type: number, count: number, value: number[]): number[] {
  // An IFD entry: tag, type, count, then 4 bytes of value (left-aligned) or an offset.
  return [...u16(tag), ...u16(type), ...u32(count), ...value, 0, 0, 0, 0].slice(0, 12);
}

/**
 * An EXIF APP1 segment as a camera writes it (big-endian TIFF): IFD0 with Orientation
 * `orientation` and a pointer to a GPS IFD holding latitude and longitude.
 */
export function exifGpsSegment(orientation: number): Buffer {
  const SHORT = 3,
    LONG = 4,
    ASCII = 2,
    RATIONAL = 5;
  const ifd0At = 8;
  const gpsAt = ifd0At + 2 + 2 * 12 + 4; // 38
  const dataAt = gpsAt + 2 + 4 * 12 + 4; // 92
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a],
    ...u32(ifd0At),
    ...u16(2),
    ...entry(0x0112, SHORT, 1, u16(orientation)),
    ...entry(0x8825, LONG, 1, u32(gpsAt)),
    ...u32(0),
    ...u16(4),
    ...entry(0x0001, ASCII, 2, [0x4e, 0]), // N
    ...entry(0x0002, RATIONAL, 3, u32(dataAt)),
    ...entry(0x0003, ASCII, 2, [0x45, 0]), // E
    ...entry(0x0004, RATIONAL, 3, u32(dataAt + 24)),
    ...u32(0),
    ...LATITUDE.flatMap(([n, d]) => [...u32(n), ...u32(d)]),
    ...LONGITUDE.flatMap(([n, d]) => [...u32(n), ...u32(d)]),
  ];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return Buffer.from([0xff, 0xe1, ...u16(payload.length + 2), ...payload]);
}

/** Puts `segment` right after the JPEG's SOI marker, where cameras put EXIF. */
export function withSegment(jpeg: Buffer, segment: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** What a JPEG's header says: its size and every marker before the image data. */
export function readJpeg(bytes: Buffer): { width: number; height: number; markers: number[] } {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const markers: number[] = [];
  let at = 2;
  let size = { width: 0, height: 0 };
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`bad marker at ${at}`);
    const marker = bytes[at + 1] ?? 0;
    markers.push(marker);
    const length = bytes.readUInt16BE(at + 2);
    // SOF0–SOF15 (not DHT 0xC4, JPG 0xC8, DAC 0xCC) carry height then width.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      size = { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (marker === 0xda) break; // start of scan: image data follows
    at += 2 + length;
  }
  return { ...size, markers };
}

/** A 4000×3000 photo-like JPEG (gradients, shapes, a little sensor noise), made by the browser. */
export async function makeBigPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const width = 4000;
    const height = 3000;
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const sky = context.createLinearGradient(0, 0, 0, height);
    sky.addColorStop(0, '#7fb2e5');
    sky.addColorStop(0.6, '#dfe9f2');
    sky.addColorStop(1, '#6a8d3a');
    context.fillStyle = sky;
    context.fillRect(0, 0, width, height);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i += 1) {
      context.fillStyle = `hsl(${Math.floor(random() * 360)} 55% ${30 + Math.floor(random() * 40)}%)`;
      context.beginPath();
      context.arc(random() * width, random() * height, 20 + random() * 220, 0, Math.PI * 2);
      context.fill();
    }
    // Mild noise, like a phone sensor, a band at a time (less memory than the whole at once).
    for (let y = 0; y < height; y += 250) {
      const here = context.getImageData(0, y, width, 250);
      for (let p = 0; p < here.data.length; p += 4) {
        const n = (random() - 0.5) * 18;
        here.data[p] = (here.data[p] ?? 0) + n;
        here.data[p + 1] = (here.data[p + 1] ?? 0) + n;
        here.data[p + 2] = (here.data[p + 2] ?? 0) + n;
      }
      context.putImageData(here, 0, y);
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** A stored picture read straight from IndexedDB, by the card that shows it. */
export async function storedPictureOfCard(
  page: Page,
  words: string,
): Promise<{ mime: string; width: number; height: number; source: string; bytes: Buffer }> {
  const found = await page.evaluate(async (cardWords) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('my-plan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const cards = await all<{ words: string; picture: { kind: string; pictureId?: string } }>(
      'cards',
    );
    const card = cards.find((each) => each.words === cardWords);
    if (card?.picture.kind !== 'stored') throw new Error(`no stored picture on ${cardWords}`);
    const pictures = await all<{
      id: string;
      bytes: ArrayBuffer;
      mime: string;
      width: number;
      height: number;
      source: string;
    }>('pictures');
    database.close();
    const picture = pictures.find((each) => each.id === card.picture.pictureId);
    if (!picture) throw new Error('picture not stored');
    const isBuffer = Object.prototype.toString.call(picture.bytes) === '[object ArrayBuffer]';
    const bytes = new Uint8Array(picture.bytes);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    const { mime, width, height, source } = picture;
    return {
      mime,
      width,
      height,
      source: isBuffer ? source : `${source} (not ArrayBuffer)`,
      base64: btoa(binary),
    };
  }, words);
  const { base64, ...rest } = found;
  return { ...rest, bytes: Buffer.from(base64, 'base64') };
}

/** How many pictures are stored on the device. */
export async function storedPictureCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('my-plan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = database.transaction('pictures').objectStore('pictures').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return count;
  });
}

// Validation of a picture kept on the device (a photo or a drawing) before it is stored, and
// later when one comes in from a file: the bytes must be a small image of a kind every browser shows.
import { z } from './zod';

/** Image kinds stored on the device: what our own import and drawing produce, plus PNG/WebP/GIF. */
export const STORED_PICTURE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

/** Largest stored picture: photos are re-encoded to a few hundred KB, so this is only a guard. */
export const MAX_STORED_PICTURE_BYTES = 8 * 1024 * 1024;

/** Longest side a stored picture may have (imports make at most 1600). */
export const MAX_STORED_PICTURE_EDGE = 4096;

/** Longest text alternative of a stored picture. */
export const MAX_PICTURE_ALT_LENGTH = 200;

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // Not `instanceof`: buffers can come from another realm (a worker, a test environment).
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

const edge = z.number().int().min(1).max(MAX_STORED_PICTURE_EDGE);

export const storedPictureSchema = z.object({
  id: z.string().min(1).max(100),
  personId: z.string().min(1).max(100),
  bytes: z.custom<ArrayBuffer>(
    (value) =>
      isArrayBuffer(value) && value.byteLength > 0 && value.byteLength <= MAX_STORED_PICTURE_BYTES,
    { message: 'bytes must be a non-empty ArrayBuffer of at most 8 MB' },
  ),
  mime: z.enum(STORED_PICTURE_MIMES),
  source: z.enum(['camera', 'upload', 'drawing']),
  alt: z.string().trim().max(MAX_PICTURE_ALT_LENGTH),
  width: edge,
  height: edge,
  // At most the latest moment a Date can hold (MAX_TIME in schemas.ts).
  createdAt: z.number().int().nonnegative().max(8_640_000_000_000_000),
});

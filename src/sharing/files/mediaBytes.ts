// The bytes of each picture and recording in a file must be what their record says they are:
// a picture of its kind (HTML called .jpg, or SVG with a script, is not) whose header asks no
// more pixels than a stored picture may have; a recording in a sound container.
import { headerSize, sniffImage, type SniffedKind } from '../../domain/imageHeader';
import { MAX_STORED_PICTURE_EDGE, type STORED_PICTURE_MIMES } from '../../domain/pictureSchema';
import { FileError } from './fileError';

const KIND_OF_MIME: Record<(typeof STORED_PICTURE_MIMES)[number], SniffedKind> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** Why a picture's bytes cannot be used, or undefined when they can. */
export function pictureBytesProblem(mime: string, bytes: Uint8Array): string | undefined {
  const kind = sniffImage(bytes.subarray(0, 64 * 1024));
  if (kind !== KIND_OF_MIME[mime as keyof typeof KIND_OF_MIME]) return `${mime} holds ${kind}`;
  const size = headerSize(bytes.subarray(0, 256 * 1024), kind);
  if (!size) return `${mime} without a size`;
  const { width, height } = size;
  if (!(width >= 1 && height >= 1 && Math.max(width, height) <= MAX_STORED_PICTURE_EDGE)) {
    return `${mime} of ${width}×${height}`;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (bytes[at + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether bytes start like a sound file a browser records or plays (WebM, Ogg, MP4, WAV, MP3…). */
export function isSoundContainer(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, 0, '\x1a\x45\xdf\xa3') || // WebM / Matroska
    startsWith(bytes, 0, 'OggS') ||
    startsWith(bytes, 4, 'ftyp') || // MP4 / M4A
    (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WAVE')) ||
    startsWith(bytes, 0, 'ID3') ||
    startsWith(bytes, 0, 'fLaC') ||
    (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) // MP3 / AAC frames
  );
}

/** Throws FileError 'broken' when a picture's or recording's bytes are not what it says. */
export function checkMedia(folder: 'pictures' | 'recordings', mime: string, bytes: ArrayBuffer) {
  const view = new Uint8Array(bytes);
  const problem =
    folder === 'pictures'
      ? pictureBytesProblem(mime, view)
      : isSoundContainer(view)
        ? undefined
        : `${mime} holds no sound`;
  if (problem) throw new FileError('broken', new Error(problem));
}

// Turns a photo from the camera or the device into small JPEG bytes ready to store: turned the
// right way up, at most 1600 px long, and re-encoded from pixels so no EXIF or GPS survives.
// Runs before any database transaction (decoding inside one would commit it early).
import {
  HEAD_BYTES,
  JPEG_QUALITY,
  MAX_PHOTO_EDGE,
  PhotoImportError,
  isTooManyPixels,
  refusalFor,
  targetSize,
} from './imageFacts';

/** Image bytes ready for `addPicture`. */
export interface ImportedImage {
  bytes: ArrayBuffer;
  mime: string;
  width: number;
  height: number;
}

/** A decoded image and how to let go of its memory. */
interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

async function decodeWithBitmap(file: Blob): Promise<Decoded> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  return {
    source: bitmap,
    width: bitmap.width,
    height: bitmap.height,
    release: () => bitmap.close(),
  };
}

async function decodeWithElement(file: Blob): Promise<Decoded> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    // An <img> turns photos by their EXIF orientation itself (CSS image-orientation: from-image).
    await image.decode();
    return {
      source: image,
      width: image.naturalWidth,
      height: image.naturalHeight,
      release: () => {
        image.src = '';
      },
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Decodes with createImageBitmap, or an <img> where that is missing or fails (e.g. HEIC). */
async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      return await decodeWithBitmap(file);
    } catch {
      // Fall through: some browsers decode more kinds in <img> than in createImageBitmap.
    }
  }
  try {
    return await decodeWithElement(file);
  } catch (error) {
    throw new PhotoImportError('unreadable', error);
  }
}

type Surface = OffscreenCanvas | HTMLCanvasElement;

function makeSurface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** Encodes what is drawn on `surface`, then empties the surface to free its memory at once. */
export async function encodeSurface(
  surface: Surface,
  mime: string,
  quality?: number,
): Promise<ArrayBuffer> {
  try {
    const blob =
      'convertToBlob' in surface
        ? await surface.convertToBlob({ type: mime, quality })
        : await new Promise<Blob | null>((resolve) => surface.toBlob(resolve, mime, quality));
    if (!blob || blob.type !== mime) throw new PhotoImportError('unreadable');
    return await blob.arrayBuffer();
  } catch (error) {
    throw error instanceof PhotoImportError ? error : new PhotoImportError('unreadable', error);
  } finally {
    // Safari keeps canvas memory until the size is zero.
    surface.width = 0;
    surface.height = 0;
  }
}

/** Draws `source` scaled onto a white surface of `width`×`height` (white under transparency). */
function drawScaled(source: CanvasImageSource, width: number, height: number): Surface {
  const surface = makeSurface(width, height);
  const context = surface.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new PhotoImportError('unreadable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return surface;
}

/**
 * Reads a photo file and returns JPEG bytes at most `MAX_PHOTO_EDGE` px long. What its first
 * bytes show not to be a photo, or too many pixels to decode, is refused before decoding.
 * Throws `PhotoImportError` ('svg', 'not-an-image', 'too-big', 'unreadable').
 */
export async function importPhoto(file: File | Blob): Promise<ImportedImage> {
  const name = 'name' in file ? file.name : undefined;
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const problem = refusalFor({ size: file.size, type: file.type, name }, head);
  if (problem) throw new PhotoImportError(problem);

  const decoded = await decode(file);
  let surface: Surface;
  let size: { width: number; height: number };
  try {
    // A size the header did not tell (found deep in the file) is checked once it is known.
    if (isTooManyPixels(decoded)) throw new PhotoImportError('too-big');
    size = targetSize(decoded.width, decoded.height, MAX_PHOTO_EDGE);
    surface = drawScaled(decoded.source, size.width, size.height);
  } catch (error) {
    throw error instanceof PhotoImportError ? error : new PhotoImportError('unreadable', error);
  } finally {
    // Let go of the full-size pixels (48 MB for 12 megapixels) before encoding.
    decoded.release();
  }
  const bytes = await encodeSurface(surface, 'image/jpeg', JPEG_QUALITY);
  return { bytes, mime: 'image/jpeg', ...size };
}

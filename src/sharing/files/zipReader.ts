// Reads a zip archive without trusting it: the central directory is checked whole before anything
// unpacks, each entry unpacks in small steps counting its real bytes (a bomb stops at its declared
// size), and its CRC must match. Anything odd is a FileError, never a hang or a huge allocation.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { FileError } from './fileError';

/** One file in the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  /** Where the entry's packed bytes start. */
  start: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Packed bytes given to the inflater at a time: at most ~1 MB comes out of each step. */
const STEP = 1024;

const broken = (why: string) => new FileError('broken', new Error(why));

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (
      view.getUint32(at, true) === END &&
      at + 22 + view.getUint16(at + 20, true) === view.byteLength
    ) {
      return at;
    }
  }
  throw broken('no end of central directory');
}

function nameAt(bytes: Uint8Array, at: number, length: number): string {
  let name = '';
  for (let i = at; i < at + length; i += 1) name += String.fromCharCode(bytes[i] ?? 0);
  return name;
}

/** Whether a local header says what the central directory says (sizes may follow the data). */
function localAgrees(view: DataView, local: number, flags: number, entry: ZipEntry): boolean {
  if (view.getUint16(local + 8, true) !== entry.method) return false;
  if (flags & 8) return true;
  return (
    view.getUint32(local + 14, true) === entry.crc &&
    view.getUint32(local + 18, true) === entry.packedSize &&
    view.getUint32(local + 22, true) === entry.size
  );
}

/**
 * The entries of a zip, by name. 'foreign' when the bytes are not a zip; 'broken' when its
 * directory is damaged, has an entry twice, overlaps, is encrypted or zip64; 'too-big' beyond
 * `maxEntries`.
 */
export function listZip(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 30 || view.getUint32(0, true) !== LOCAL) throw new FileError('foreign');
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryAt = view.getUint32(end + 16, true);
  if (view.getUint32(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw broken('split archive');
  }
  if (count > maxEntries) throw new FileError('too-big');
  if (directoryAt + directorySize > end) throw broken('directory out of range');
  const entries = new Map<string, ZipEntry>();
  const spans: [number, number][] = [];
  let at = directoryAt;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > directoryAt + directorySize || view.getUint32(at, true) !== CENTRAL) {
      throw broken('directory entry');
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: nameAt(bytes, at + 46, nameLength),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      start: 0,
    };
    const local = view.getUint32(at + 42, true);
    if (flags & 1) throw broken('encrypted entry');
    if ([entry.packedSize, entry.size, local].includes(0xffffffff)) throw broken('zip64');
    if (entries.has(entry.name)) throw broken('entry twice');
    if (local + 30 > directoryAt || view.getUint32(local, true) !== LOCAL) {
      throw broken('local header');
    }
    const localNameLength = view.getUint16(local + 26, true);
    if (nameAt(bytes, local + 30, localNameLength) !== entry.name) throw broken('names differ');
    if (!localAgrees(view, local, flags, entry)) throw broken('local header differs');
    entry.start = local + 30 + localNameLength + view.getUint16(local + 28, true);
    if (entry.start + entry.packedSize > directoryAt) throw broken('entry out of range');
    spans.push([local, entry.start + entry.packedSize]);
    entries.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (at !== directoryAt + directorySize) throw broken('directory size');
  spans.sort((a, b) => a[0] - b[0]);
  spans.forEach(([from], i) => {
    if (i > 0 && from < (spans[i - 1]?.[1] ?? 0)) throw broken('entries overlap');
  });
  return entries;
}

function inflateExactly(packed: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    // The real bytes are counted as they come: a lying size stops here, not at the end.
    if (filled + chunk.length > size) throw broken('bigger than declared');
    out.set(chunk, filled);
    filled += chunk.length;
  });
  if (packed.length === 0) inflater.push(packed, true);
  for (let at = 0; at < packed.length; at += STEP) {
    inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length);
  }
  if (filled !== size) throw broken('smaller than declared');
  return out;
}

/**
 * The bytes of one entry, unpacked and checked (a fresh buffer of its own). 'too-big' when it
 * declares more than `maxSize`; 'broken' when it is damaged or its size or CRC lies.
 */
export function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxSize: number,
): Uint8Array<ArrayBuffer> {
  if (entry.size > maxSize) throw new FileError('too-big');
  const packed = bytes.subarray(entry.start, entry.start + entry.packedSize);
  let out: Uint8Array<ArrayBuffer>;
  if (entry.method === 0) {
    if (entry.packedSize !== entry.size) throw broken('stored sizes differ');
    out = new Uint8Array(packed);
  } else if (entry.method === 8) {
    try {
      out = inflateExactly(packed, entry.size);
    } catch (error) {
      throw error instanceof FileError ? error : new FileError('broken', error);
    }
  } else {
    throw broken(`compression method ${entry.method}`);
  }
  if (crc32(out) !== entry.crc) throw broken('checksum');
  return out;
}

// Builds zips by hand for the hostile-file tests: any name, any declared size or CRC, raw
// deflate bombs. What a careful attacker could send.
import { deflateSync, unzipSync } from 'fflate';
import { crc32 } from '../../../src/sharing/files/crc32';

/** One entry as it goes into the zip: packed bytes and what the headers claim. */
export interface RawEntry {
  name: string;
  packed: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

/** An honest entry of `content`, deflated (or stored). */
export function entry(name: string, content: Uint8Array | string, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    packed: method === 8 ? deflateSync(bytes) : bytes,
    method,
    crc: crc32(bytes),
    size: bytes.length,
  };
}

/** A zip of `entries`, headers saying exactly what each entry claims. */
export function buildZip(entries: RawEntry[]): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of entries) {
    const name = new TextEncoder().encode(item.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, item.method, true);
    local.setUint32(14, item.crc, true);
    local.setUint32(18, item.packed.length, true);
    local.setUint32(22, item.size, true);
    local.setUint16(26, name.length, true);
    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, 0x02014b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(6, 20, true);
    head.setUint16(10, item.method, true);
    head.setUint32(16, item.crc, true);
    head.setUint32(20, item.packed.length, true);
    head.setUint32(24, item.size, true);
    head.setUint16(28, name.length, true);
    head.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, item.packed);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + item.packed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a real file, each re-packed honestly, so a test can change one of them. */
export function entriesOf(file: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(file)));
}

/** An honest entry the way My Plan writes it: JSON deflated, bytes stored. */
export function asWritten(name: string, content: Uint8Array | string): RawEntry {
  return entry(name, content, name.endsWith('.json') ? 8 : 0);
}

/** Re-zips entries (text or bytes) honestly, the way My Plan writes them. */
export function rezip(files: Map<string, Uint8Array | string>): Uint8Array<ArrayBuffer> {
  return buildZip([...files].map(([name, content]) => asWritten(name, content)));
}

/**
 * Raw DEFLATE of `length` zero bytes in one fixed-Huffman block: one literal 0, then copies of
 * 258 bytes at distance 1 (13 bits each). 1 GB packs into about 6.5 MB, in milliseconds.
 */
export function zeroBomb(length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(((length / 258) * 13 + 258 * 8 + 64) / 8));
  let at = 0;
  let buffer = 0;
  let count = 0;
  const write = (value: number, bits: number) => {
    buffer |= value << count;
    count += bits;
    while (count >= 8) {
      out[at++] = buffer & 0xff;
      buffer >>>= 8;
      count -= 8;
    }
  };
  write(0b011, 3); // last block, fixed Huffman
  write(0x0c, 8); // literal 0 (code 00110000, reversed)
  let left = length - 1;
  for (; left >= 258; left -= 258) write(0xa3, 13); // length 258 (code 285) + distance 1
  for (; left > 0; left -= 1) write(0x0c, 8);
  write(0, 7); // end of block
  if (count > 0) out[at++] = buffer & 0xff;
  return out.subarray(0, at);
}

// "Nothing changed" checks: a SHA-256 of every table's records in key order, bytes included.
// Object keys are sorted, so the same content always gives the same hash.
import { db } from '../../src/storage/database';

function isBytes(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return (
    Object.prototype.toString.call(value) === '[object ArrayBuffer]' || ArrayBuffer.isView(value)
  );
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A JSON text of `value` with sorted keys, and bytes written out as hex. */
export function canonical(value: unknown): string {
  if (isBytes(value)) {
    const bytes = ArrayBuffer.isView(value)
      ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      : new Uint8Array(value);
    return JSON.stringify({ $bytes: hex(bytes) });
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** SHA-256 (hex) of a value's canonical text. */
export async function hashOf(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(value)));
  return hex(new Uint8Array(digest));
}

/** Every table of the current database → SHA-256 of its records in primary-key order. */
export async function tableHashes(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const table of db().tables) {
    hashes[table.name] = await hashOf(await table.toArray());
  }
  return hashes;
}

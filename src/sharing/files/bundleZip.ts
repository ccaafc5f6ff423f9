// The open (unlocked) .myplan zip: manifest.json, data.json with every record, and the bytes of
// each picture and recording as a file of its own, kept exactly. Packs a bundle and unpacks one.
import { zipSync, type Zippable } from 'fflate';
import { z } from '../../domain/zod';
import { storedPictureSchema } from '../../domain/pictureSchema';
import {
  BUNDLE_LIMITS,
  listOf,
  planBundleSchema,
  recordingSchema,
  type PlanBundle,
} from '../../domain/bundle';
import { FileError } from './fileError';
import { checkMedia } from './mediaBytes';
import {
  FILE_VERSION,
  MAX_DATA_BYTES,
  MAX_ENTRIES,
  MAX_MANIFEST_BYTES,
  MAX_UNPACKED_BYTES,
  entryLimit,
  isSafeId,
} from './limits';
import { FORMAT_NAME, manifestBytes, parseJson, readManifest, type Manifest } from './manifest';
import { listZip, readEntry, type ZipEntry } from './zipReader';

/** A zip whose manifest has been read and whose entries all have a place and a size limit. */
export interface OpenedZip {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  manifest: Manifest;
  /** The manifest exactly as stored (a locked payload is bound to these bytes). */
  manifestRaw: Uint8Array<ArrayBuffer>;
}

const JSON_ENTRIES = new Set(['manifest.json', 'data.json']);

// The records are checked whole later (planBundleSchema); here only what names the entries.
const dataSchema = z.strictObject({
  kind: z.enum(['plans', 'backup']),
  createdAt: z.number(),
  person: z.unknown(),
  plans: z.array(z.unknown()).max(BUNDLE_LIMITS.plans),
  cards: z.array(z.unknown()).max(BUNDLE_LIMITS.cards),
  supporters: z.array(z.unknown()).max(BUNDLE_LIMITS.supporters),
  meetings: z.array(z.unknown()).max(BUNDLE_LIMITS.meetings),
  pictures: listOf(storedPictureSchema.omit({ bytes: true }).strict(), BUNDLE_LIMITS.pictures),
  recordings: listOf(recordingSchema.omit({ bytes: true }), BUNDLE_LIMITS.recordings),
});

/** A date zip can hold (1980–2099), near `at`. */
export function zipTime(at: number): Date {
  return new Date(Math.min(Math.max(at, Date.UTC(1980, 0, 2)), Date.UTC(2099, 0, 1)));
}

/** Packs a checked bundle as an open .myplan zip. 'too-big' when it could not be opened again. */
export function packBundle(bundle: PlanBundle): Uint8Array<ArrayBuffer> {
  const { pictures, recordings, ...records } = bundle;
  const manifest: Manifest = {
    format: FORMAT_NAME,
    version: FILE_VERSION,
    kind: bundle.kind,
    createdAt: bundle.createdAt,
    locked: false,
  };
  const data = new TextEncoder().encode(
    JSON.stringify({
      ...records,
      pictures: pictures.map(({ bytes: _bytes, ...meta }) => meta),
      recordings: recordings.map(({ bytes: _bytes, ...meta }) => meta),
    }),
  );
  if (data.length > MAX_DATA_BYTES) throw new FileError('too-big');
  const files: Zippable = {
    'manifest.json': [manifestBytes(manifest), { level: 6 }],
    'data.json': [data, { level: 6 }],
  };
  let total = data.length;
  for (const [folder, list] of [
    ['pictures', pictures],
    ['recordings', recordings],
  ] as const) {
    for (const { id, bytes } of list) {
      if (!isSafeId(id)) throw new FileError('broken', new Error(`id ${id} cannot name a file`));
      files[`${folder}/${id}`] = [new Uint8Array(bytes), { level: 0 }];
      total += bytes.byteLength;
    }
  }
  if (total > MAX_UNPACKED_BYTES) throw new FileError('too-big');
  return zipSync(files, { mtime: zipTime(bundle.createdAt) });
}

/**
 * Lists a zip and reads its manifest. 'foreign' when it is not a My Plan file; 'broken' when
 * an entry has no place in it, or what its kind needs is missing; 'too-big' beyond the limits.
 */
export function openZip(bytes: Uint8Array): OpenedZip {
  const entries = listZip(bytes, MAX_ENTRIES);
  const entry = entries.get('manifest.json');
  if (!entry || entry.size > MAX_MANIFEST_BYTES) throw new FileError('foreign');
  const manifestRaw = readEntry(bytes, entry, MAX_MANIFEST_BYTES);
  const manifest = readManifest(manifestRaw);
  let total = 0;
  for (const { name, size, method } of entries.values()) {
    const limit = entryLimit(name, manifest.locked);
    if (limit === undefined) throw new FileError('broken', new Error(`unexpected ${name}`));
    // Bytes (pictures, voices, the locked payload) are stored as they are, never deflated:
    // so only the two small JSON entries ever inflate, and a bomb has nowhere to hide.
    if (method !== 0 && !JSON_ENTRIES.has(name)) throw new FileError('broken');
    if (size > limit) throw new FileError('too-big');
    total += size;
  }
  if (total > MAX_UNPACKED_BYTES) throw new FileError('too-big');
  if (!entries.has(manifest.locked ? 'payload.bin' : 'data.json')) throw new FileError('broken');
  return { bytes, entries, manifest, manifestRaw };
}

/** The bytes of a picture or recording, checked to be what its record says they are. */
function bytesOf(
  opened: OpenedZip,
  folder: 'pictures' | 'recordings',
  meta: { id: string; mime: string },
): ArrayBuffer {
  const name = `${folder}/${meta.id}`;
  const entry = opened.entries.get(name);
  const limit = entryLimit(name, false);
  if (!entry || limit === undefined) throw new FileError('broken', new Error(`no ${name}`));
  const bytes = readEntry(opened.bytes, entry, limit).buffer;
  checkMedia(folder, meta.mime, bytes);
  return bytes;
}

/** The bundle in an open zip, checked whole with planBundleSchema; 'broken' when it fails. */
export function unpackBundle(opened: OpenedZip): PlanBundle {
  const json = parseJson(readData(opened));
  const data = dataSchema.safeParse(json);
  if (!data.success) throw new FileError('broken', data.error);
  const { manifest } = opened;
  if (data.data.kind !== manifest.kind || data.data.createdAt !== manifest.createdAt) {
    throw new FileError('broken', new Error('data and manifest differ'));
  }
  const pictures = data.data.pictures.map((meta) => ({
    ...meta,
    bytes: bytesOf(opened, 'pictures', meta),
  }));
  const recordings = data.data.recordings.map((meta) => ({
    ...meta,
    bytes: bytesOf(opened, 'recordings', meta),
  }));
  if (opened.entries.size !== 2 + pictures.length + recordings.length) {
    throw new FileError('broken', new Error('entries nothing refers to'));
  }
  const parsed = planBundleSchema.safeParse({ ...data.data, pictures, recordings });
  if (!parsed.success) throw new FileError('broken', parsed.error);
  return parsed.data as PlanBundle;
}

function readData(opened: OpenedZip): Uint8Array {
  const entry = opened.entries.get('data.json');
  if (!entry) throw new FileError('broken');
  return readEntry(opened.bytes, entry, MAX_DATA_BYTES);
}

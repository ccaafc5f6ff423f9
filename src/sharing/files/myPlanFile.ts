// Writes and reads .myplan files: an open zip, or the same zip locked with a password inside an
// outer zip. Whatever happens, callers get a bundle checked whole, or a FileError.
import { zipSync } from 'fflate';
import { planBundleSchema, type PlanBundle } from '../../domain/bundle';
import { openZip, packBundle, unpackBundle, zipTime } from './bundleZip';
import { asFileError, FileError } from './fileError';
import { FILE_VERSION, MAX_FILE_BYTES } from './limits';
import { lockBytes, newEncryption, unlockBytes } from './lock';
import { FORMAT_NAME, manifestBytes, type Manifest } from './manifest';
import { readEntry } from './zipReader';

async function readBlob(file: Blob): Promise<Uint8Array> {
  // Refused by its size alone, before a byte of it is read.
  if (!(file.size <= MAX_FILE_BYTES)) throw new FileError('too-big');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new FileError('too-big');
  return bytes;
}

async function lockFile(
  inner: Uint8Array<ArrayBuffer>,
  bundle: PlanBundle,
  password: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const manifest: Manifest = {
    format: FORMAT_NAME,
    version: FILE_VERSION,
    kind: bundle.kind,
    createdAt: bundle.createdAt,
    locked: true,
    encryption: newEncryption(),
  };
  const raw = new Uint8Array(manifestBytes(manifest));
  const payload = await lockBytes(inner, password, manifest.encryption, raw);
  return zipSync(
    { 'manifest.json': [raw, { level: 0 }], 'payload.bin': [payload, { level: 0 }] },
    { mtime: zipTime(bundle.createdAt) },
  );
}

/**
 * A .myplan file of `bundle`; locked when a (non-empty) password is given. FileError 'broken'
 * when the bundle does not hold together, 'too-big' when the file could not be opened again.
 */
export async function writeMyPlanFile(
  bundle: PlanBundle,
  password?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const parsed = planBundleSchema.safeParse(bundle);
    if (!parsed.success) throw new FileError('broken', parsed.error);
    const inner = packBundle(bundle);
    const file = password ? await lockFile(inner, bundle, password) : inner;
    if (file.length > MAX_FILE_BYTES) throw new FileError('too-big');
    return file;
  } catch (error) {
    throw asFileError(error);
  }
}

/**
 * The bundle in a .myplan file, checked whole. Throws only FileError: 'too-big', 'broken',
 * 'foreign', 'newer', 'needs-password' (locked, no password given), 'wrong-password'.
 */
export async function readMyPlanFile(file: Blob, password?: string): Promise<PlanBundle> {
  try {
    const outer = openZip(await readBlob(file));
    if (!outer.manifest.locked) return unpackBundle(outer);
    if (!password) throw new FileError('needs-password');
    const entry = outer.entries.get('payload.bin');
    if (!entry) throw new FileError('broken');
    const sealed = readEntry(outer.bytes, entry, MAX_FILE_BYTES);
    const { encryption } = outer.manifest;
    const inner = openZip(await unlockBytes(sealed, password, encryption, outer.manifestRaw));
    const { manifest } = inner;
    if (
      manifest.locked ||
      manifest.kind !== outer.manifest.kind ||
      manifest.createdAt !== outer.manifest.createdAt
    ) {
      throw new FileError('broken', new Error('inner manifest differs'));
    }
    return unpackBundle(inner);
  } catch (error) {
    throw asFileError(error);
  }
}

/** Whether a file needs a password to open. FileError for a file that cannot be opened at all. */
export async function isLockedFile(file: Blob): Promise<boolean> {
  try {
    return openZip(await readBlob(file)).manifest.locked;
  } catch (error) {
    throw asFileError(error);
  }
}

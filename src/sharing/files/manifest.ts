// manifest.json: the first thing read from a .myplan file. It says it is ours, which version,
// what kind, and how it is locked. Checked with zod before any of it is used.
import { MAX_TIME } from '../../domain/schemas';
import type { infer as Infer } from 'zod';
import { z } from '../../domain/zod';
import { FileError } from './fileError';
import { FILE_VERSION, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from './limits';

/** The `format` value that marks a My Plan file. */
export const FORMAT_NAME = 'my-plan';

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine(
      (text) => Math.floor((text.length * 3) / 4) - (text.match(/=/g)?.length ?? 0) === bytes,
    );

const common = {
  format: z.literal(FORMAT_NAME),
  version: z.literal(FILE_VERSION),
  kind: z.enum(['plans', 'backup']),
  createdAt: z.number().int().nonnegative().max(MAX_TIME),
};

/** How a locked file's payload was encrypted (all binary values base64). */
export const encryptionSchema = z.strictObject({
  cipher: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: base64Of(16),
  iv: base64Of(12),
});

export const manifestSchema = z.discriminatedUnion('locked', [
  z.strictObject({ ...common, locked: z.literal(false) }),
  z.strictObject({ ...common, locked: z.literal(true), encryption: encryptionSchema }),
]);

export type Manifest = Infer<typeof manifestSchema>;
export type Encryption = Infer<typeof encryptionSchema>;

const identity = z.looseObject({ format: z.unknown(), version: z.unknown() });

/** Parses JSON text from the file; damaged text is 'broken'. */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    throw new FileError('broken', error);
  }
}

/**
 * The manifest, checked: 'foreign' when it is not a My Plan manifest, 'newer' when a later
 * version wrote it, 'broken' when this version's manifest does not hold together.
 */
export function readManifest(bytes: Uint8Array): Manifest {
  let json: unknown;
  try {
    json = parseJson(bytes);
  } catch {
    throw new FileError('foreign');
  }
  const id = identity.safeParse(json);
  if (!id.success || id.data.format !== FORMAT_NAME) throw new FileError('foreign');
  const { version } = id.data;
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) {
    throw new FileError('newer');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new FileError('broken', parsed.error);
  return parsed.data;
}

/** The manifest written into a file. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(manifest));
}

// .myplan files round trip exactly, with and without a password; a locked file needs the right one.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FileError,
  isLockedFile,
  MYPLAN_EXTENSION,
  PBKDF2_ITERATIONS,
  readMyPlanFile,
  writeMyPlanFile,
} from '../../../src/sharing/files';
import { canonical } from '../../support/tableHashes';
import { sampleBundle } from './sampleBundle';

async function problemOf(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FileError);
  return (error as FileError).problem;
}

describe('a .myplan file without a password', () => {
  it('holds the bundle exactly, pictures and voices byte for byte', async () => {
    const bundle = sampleBundle();
    const file = await writeMyPlanFile(bundle);
    const names = Object.keys(unzipSync(file)).sort();
    expect(names).toEqual(
      [
        'data.json',
        'manifest.json',
        ...bundle.pictures.map((p) => `pictures/${p.id}`),
        ...bundle.recordings.map((r) => `recordings/${r.id}`),
      ].sort(),
    );
    const manifest: unknown = JSON.parse(
      new TextDecoder().decode(unzipSync(file)['manifest.json']),
    );
    expect(manifest).toEqual({
      format: 'my-plan',
      version: 1,
      kind: 'backup',
      createdAt: 9000,
      locked: false,
    });
    expect(await isLockedFile(new Blob([file]))).toBe(false);
    const read = await readMyPlanFile(new Blob([file]));
    expect(read).toEqual(bundle);
    expect(canonical(read)).toBe(canonical(bundle));
    expect(new Uint8Array(read.pictures[1]!.bytes)).toEqual(
      new Uint8Array(bundle.pictures[1]!.bytes),
    );
    expect(read.pictures[1]!.bytes.byteLength).toBe(3000);
    expect(MYPLAN_EXTENSION).toBe('.myplan');
  });

  it('refuses to write a bundle that does not hold together', async () => {
    const bundle = sampleBundle();
    bundle.cards[0]!.planId = 'nowhere';
    expect(await problemOf(writeMyPlanFile(bundle))).toBe('broken');
  });
});

describe('a .myplan file locked with a password', () => {
  it('opens only with the right password, exactly as it was written', async () => {
    const bundle = sampleBundle('l', 'plans');
    const file = await writeMyPlanFile(bundle, 'blue cat 7');
    const outer = unzipSync(file);
    expect(Object.keys(outer).sort()).toEqual(['manifest.json', 'payload.bin']);
    const manifest = JSON.parse(new TextDecoder().decode(outer['manifest.json'])) as {
      locked: boolean;
      encryption: { cipher: string; kdf: string; iterations: number; salt: string; iv: string };
    };
    expect(manifest.locked).toBe(true);
    expect(manifest.encryption).toMatchObject({ cipher: 'AES-GCM', kdf: 'PBKDF2-SHA256' });
    expect(manifest.encryption.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(manifest.encryption.salt)).toHaveLength(16);
    expect(atob(manifest.encryption.iv)).toHaveLength(12);
    // Nothing readable leaks: no words of a card, no name.
    const text = new TextDecoder('latin1').decode(file);
    expect(text).not.toContain('Feed my cat');
    expect(text).not.toContain('Sam');

    const blob = new Blob([file]);
    expect(await isLockedFile(blob)).toBe(true);
    expect(await problemOf(readMyPlanFile(blob))).toBe('needs-password');
    expect(await problemOf(readMyPlanFile(blob, ''))).toBe('needs-password');
    expect(await problemOf(readMyPlanFile(blob, 'blue cat 8'))).toBe('wrong-password');
    const read = await readMyPlanFile(blob, 'blue cat 7');
    expect(read).toEqual(bundle);
    expect(canonical(read)).toBe(canonical(bundle));
  });
});

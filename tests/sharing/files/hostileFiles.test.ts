// Damaged, foreign, newer, oversized and hostile files each get their own plain problem,
// and never anything but a FileError (no hang, no huge allocation, no prototype pollution).
import { inflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FileError,
  isLockedFile,
  MAX_FILE_BYTES,
  MAX_DATA_BYTES,
  readMyPlanFile,
  writeMyPlanFile,
  type FileProblem,
} from '../../../src/sharing/files';
import { sampleBundle } from './sampleBundle';
import { asWritten, buildZip, entriesOf, entry, rezip, zeroBomb } from './zipCraft';

const GB = 1024 ** 3;

async function problemOf(bytes: Uint8Array | Blob, password?: string): Promise<FileProblem> {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const error = await readMyPlanFile(blob, password).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FileError);
  return (error as FileError).problem;
}

async function goodFile(): Promise<Uint8Array<ArrayBuffer>> {
  return writeMyPlanFile(sampleBundle());
}

/** The good file with data.json changed by `change` (as text), re-zipped honestly. */
async function withData(change: (json: string) => string): Promise<Uint8Array<ArrayBuffer>> {
  const files: Map<string, Uint8Array | string> = entriesOf(await goodFile());
  files.set('data.json', change(new TextDecoder().decode(files.get('data.json') as Uint8Array)));
  return rezip(files);
}

const manifest = (fields: object) =>
  JSON.stringify({
    format: 'my-plan',
    version: 1,
    kind: 'plans',
    createdAt: 9000,
    locked: false,
    ...fields,
  });

describe('files that are not a My Plan file', () => {
  it('calls text, an empty file and a zip of something else foreign', async () => {
    expect(await problemOf(strToU8('hello, not a zip at all'))).toBe('foreign');
    expect(await problemOf(new Uint8Array(0))).toBe('foreign');
    expect(await problemOf(buildZip([entry('photo.jpg', 'jpeg bytes')]))).toBe('foreign');
    const extension = buildZip([entry('manifest.json', '{"name":"An extension","version":"1"}')]);
    expect(await problemOf(extension)).toBe('foreign');
    await expect(isLockedFile(new Blob([extension]))).rejects.toMatchObject({ problem: 'foreign' });
  });

  it('calls a file of a newer version newer', async () => {
    const newer = buildZip([entry('manifest.json', manifest({ version: 2, somethingNew: true }))]);
    expect(await problemOf(newer)).toBe('newer');
    await expect(isLockedFile(new Blob([newer]))).rejects.toMatchObject({ problem: 'newer' });
  });
});

describe('damaged files', () => {
  it('calls flipped bytes, a cut-off file and a bad manifest broken', async () => {
    const file = await goodFile();
    for (const at of [Math.floor(file.length / 2), 200, file.length - 100]) {
      const flipped = file.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0xff;
      expect(await problemOf(flipped)).toBe('broken');
    }
    expect(await problemOf(file.slice(0, file.length - 30))).toBe('broken');
    expect(await problemOf(file.slice(0, 1000))).toBe('broken');
    const missingData = buildZip([entry('manifest.json', manifest({}))]);
    expect(await problemOf(missingData)).toBe('broken');
    const badKind = buildZip([entry('manifest.json', manifest({ kind: 'everything' }))]);
    expect(await problemOf(badKind)).toBe('broken');
  });

  it('calls data that is not JSON, fails the schema, or does not hold together broken', async () => {
    expect(await problemOf(await withData((json) => json.slice(0, -5)))).toBe('broken');
    expect(await problemOf(await withData((json) => json.replace('"Sam"', '42')))).toBe('broken');
    // Two cards with one id.
    expect(
      await problemOf(await withData((json) => json.replaceAll('s-card-swim', 's-card-cat'))),
    ).toBe('broken');
    // A card on a plan that is not in the file.
    expect(
      await problemOf(await withData((json) => json.replace('"planId":"s-life"', '"planId":"x"'))),
    ).toBe('broken');
    // A picture nobody sent.
    expect(
      await problemOf(
        await withData((json) => json.replace('"pictureId":"s-pic-anna"', '"pictureId":"x"')),
      ),
    ).toBe('broken');
    // Records of someone else.
    expect(
      await problemOf(
        await withData((json) => json.replace('"personId":"s-person"', '"personId":"x"')),
      ),
    ).toBe('broken');
  });

  it('refuses __proto__ on a record, and strips it safely inside one', async () => {
    const onRecord = await withData((json) =>
      json.replace('{"id":"s-person"', '{"__proto__":{"isAdmin":true},"id":"s-person"'),
    );
    expect(await problemOf(onRecord)).toBe('broken');
    const onTop = await withData((json) => `{"__proto__":{"polluted":1},${json.slice(1)}`);
    expect(await problemOf(onTop)).toBe('broken');
    const inside = await withData((json) =>
      json.replace(
        '"picture":{"kind":"symbol"',
        '"picture":{"__proto__":{"polluted":1},"kind":"symbol"',
      ),
    );
    const read = await readMyPlanFile(new Blob([inside]));
    const bo = read.supporters.find((s) => s.name === 'Bo');
    expect(Object.keys(bo!.picture)).toEqual(['kind', 'symbolId']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect((bo!.picture as { polluted?: number }).polluted).toBeUndefined();
  });

  it('refuses odd names: a path out of the zip, a stray file, one entry twice', async () => {
    const files: Map<string, Uint8Array | string> = entriesOf(await goodFile());
    for (const name of [
      '../../x',
      'pictures/../../x',
      '/etc/passwd',
      'pictures/a/b',
      'notes.txt',
      'pictures/',
    ]) {
      const odd = new Map(files).set(name, 'x');
      expect(await problemOf(rezip(odd))).toBe('broken');
    }
    const twice = buildZip([
      ...[...files].map(([name, bytes]) => asWritten(name, bytes)),
      entry('data.json', '{}'),
    ]);
    expect(await problemOf(twice)).toBe('broken');
    // A picture deflated instead of stored.
    const deflated = buildZip([...files].map(([name, bytes]) => entry(name, bytes)));
    expect(await problemOf(deflated)).toBe('broken');
    // A picture file nothing refers to.
    expect(await problemOf(rezip(new Map(files).set('pictures/stray', 'x')))).toBe('broken');
  });

  it('refuses a locked file whose manifest was changed, or asks too many rounds', async () => {
    const locked = entriesOf(await writeMyPlanFile(sampleBundle('l', 'plans'), 'pw'));
    const text = new TextDecoder().decode(locked.get('manifest.json'));
    const swapped = new Map<string, Uint8Array | string>(locked).set(
      'manifest.json',
      text.replace('"plans"', '"backup"'),
    );
    expect(await problemOf(rezip(swapped), 'pw')).toBe('wrong-password');
    const slow = new Map<string, Uint8Array | string>(locked).set(
      'manifest.json',
      text.replace('600000', '4000000000'),
    );
    expect(await problemOf(rezip(slow), 'pw')).toBe('broken');
  });
});

describe('too big and hostile files', () => {
  it('refuses a 200 MB file before reading a byte of it', async () => {
    let isRead = false;
    class Huge extends Blob {
      override get size() {
        return 200 * 1024 * 1024;
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        isRead = true;
        return Promise.reject(new Error('read'));
      }
    }
    expect(await problemOf(new Huge([]))).toBe('too-big');
    await expect(isLockedFile(new Huge([]))).rejects.toMatchObject({ problem: 'too-big' });
    expect(isRead).toBe(false);
    expect(MAX_FILE_BYTES).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops a zip bomb that lies about its size at the size it declared', async () => {
    const bomb = zeroBomb(GB);
    expect(inflateSync(zeroBomb(100_000))).toHaveLength(100_000);
    const lying = { name: 'data.json', packed: bomb, method: 8 as const, crc: 0, size: 1000 };
    const file = buildZip([entry('manifest.json', manifest({})), lying]);
    expect(await problemOf(file)).toBe('broken');
    // As a picture the data refers to: pictures are never deflated, so it is refused as it is.
    const files = entriesOf(await goodFile());
    files.delete('pictures/s-pic-cat');
    const honestOnes = [...files].map(([name, bytes]) => asWritten(name, bytes));
    const asPicture = { ...lying, name: 'pictures/s-pic-cat', size: 3000 };
    expect(await problemOf(buildZip([...honestOnes, asPicture]))).toBe('broken');
    // As data.json declared as big as data may be (the slowest a bomb can be).
    const asData = { ...lying, size: MAX_DATA_BYTES };
    expect(await problemOf(buildZip([entry('manifest.json', manifest({})), asData]))).toBe(
      'broken',
    );
  });

  it('refuses a bomb that tells its size, before unpacking it', async () => {
    const honest = {
      name: 'data.json',
      packed: zeroBomb(GB),
      method: 8 as const,
      crc: 0,
      size: GB,
    };
    expect(await problemOf(buildZip([entry('manifest.json', manifest({})), honest]))).toBe(
      'too-big',
    );
  });

  it('refuses sizes that lie the other way, and stored sizes that differ', async () => {
    const data = entry('data.json', '{"kind":"plans"}');
    const bigger = buildZip([
      entry('manifest.json', manifest({})),
      { ...data, size: data.size + 10 },
    ]);
    expect(await problemOf(bigger)).toBe('broken');
    const stored = entry('data.json', '{"kind":"plans"}', 0);
    const storedLie = buildZip([entry('manifest.json', manifest({})), { ...stored, size: 5 }]);
    expect(await problemOf(storedLie)).toBe('broken');
  });

  it('refuses a zip of too many entries without reading them', async () => {
    const many = Array.from({ length: 17_000 }, (_, i) => entry(`pictures/p${i}`, 'x', 0));
    expect(await problemOf(buildZip([entry('manifest.json', manifest({})), ...many]))).toBe(
      'too-big',
    );
  });
});

// Zip bombs that unpack to a gigabyte (lying about it, or saying it), thousands of entries, zips
// inside zips, and data.json as big as the limit or bigger.
import { MAX_DATA_BYTES } from '../../../src/sharing/files';
import { crc32 } from '../../../src/sharing/files/crc32';
import { asWritten, buildZip, entry, zeroBomb, type RawEntry } from '../../sharing/files/zipCraft';
import { withEntries, type Base, type Bases, type FuzzFile } from './baseFiles';

const GB = 1024 ** 3;
let gigabyte: Uint8Array | undefined;

/** A raw DEFLATE stream of 1 GB of zeros (about 6.5 MB), made once. */
export function gigabyteBomb(): Uint8Array {
  gigabyte ??= zeroBomb(GB);
  return gigabyte;
}

function bombed(base: Base, name: string, size: number): Uint8Array<ArrayBuffer> {
  const honest = [...base.entries]
    .filter(([entryName]) => entryName !== name)
    .map(([n, b]) => asWritten(n, b));
  const bomb: RawEntry = { name, packed: gigabyteBomb(), method: 8, crc: 0, size };
  return buildZip(name === 'manifest.json' ? [bomb, ...honest] : [...honest, bomb]);
}

/** Zip bombs (lying and honest), thousands of entries, zips inside zips. */
export function bombFiles(bases: Bases): FuzzFile[] {
  const { plans } = bases;
  const many = (count: number) =>
    withEntries(plans, (files) => {
      for (let i = 0; i < count; i += 1) files.set(`pictures/p${i}`, 'x');
    });
  const spaces = (length: number, json: string) => `${' '.repeat(length)}${json}`;
  const zeros = 17_000_000;
  const honest17: RawEntry = {
    name: 'data.json',
    packed: zeroBomb(zeros),
    method: 8,
    crc: crc32(new Uint8Array(zeros)),
    size: zeros,
  };
  const list: [string, Uint8Array<ArrayBuffer>, FuzzFile['expect']?][] = [
    ['data.json: 1 GB says 1000 bytes', bombed(plans, 'data.json', 1000)],
    ['data.json: 1 GB says 16 MB', bombed(plans, 'data.json', MAX_DATA_BYTES)],
    ['data.json: 1 GB says 1 GB', bombed(plans, 'data.json', GB)],
    ['manifest.json: 1 GB says 16 KB', bombed(plans, 'manifest.json', 16 * 1024)],
    ['manifest.json: 1 GB says 1 GB', bombed(plans, 'manifest.json', GB)],
    ['a picture deflated to 1 GB', bombed(plans, 'pictures/f-pic-cat', 3000)],
    ['a voice deflated to 1 GB', bombed(plans, 'recordings/f-rec-1', 1200)],
    ['17,000 entries', many(17_000)],
    ['15,000 entries nothing names', many(15_000)],
    [
      'a zip as a picture',
      withEntries(plans, (files) => files.set('pictures/f-pic-cat', plans.bytes)),
    ],
    ['a zip as data.json', withEntries(plans, (files) => files.set('data.json', plans.bytes))],
    [
      'a zip in a zip in a zip',
      buildZip([
        entry('manifest.json', plans.bytes),
        entry('data.json', buildZip([entry('x', plans.bytes)])),
      ]),
    ],
    [
      '4 MB of spaces, then data that does not fit',
      withEntries(plans, (files) => files.set('data.json', spaces(4_000_000, '{"kind":"plans"}'))),
    ],
    [
      '15 MB of spaces, then good data',
      withEntries(plans, (files) =>
        files.set('data.json', spaces(15_000_000, JSON.stringify(plans.data))),
      ),
      'either',
    ],
    [
      'data.json of 17 MB, said honestly',
      buildZip([entry('manifest.json', JSON.stringify(plans.manifest)), honest17]),
    ],
  ];
  return list.map(([name, bytes, expect]) => ({
    group: 'zip bombs',
    name,
    bytes,
    route: 'open',
    expect: expect ?? 'refused',
    ...(expect ? { sameAs: plans.bundle } : {}),
  }));
}

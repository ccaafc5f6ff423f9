// data.json with huge strings in its fields, huge arrays, and values nested 200,000 deep: each
// must be refused quickly, not after a million complaints.
import {
  getAt,
  leafPaths,
  setAt,
  withData,
  withDataText,
  type Bases,
  type FuzzFile,
} from './baseFiles';
import type { Random } from './random';

const refused = (name: string, bytes: Uint8Array<ArrayBuffer>) => ({
  group: 'huge strings',
  name,
  bytes,
  route: 'open' as const,
  expect: 'refused' as const,
});

/** Huge strings in string fields, huge arrays, and deeply nested values. */
export function hugeFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  const base = bases.plans;
  const paths = leafPaths(base.data).filter((path) => typeof getAt(base.data, path) === 'string');
  const sizes = [5_000, 20_000, 100_000];
  const files: FuzzFile[] = [];
  for (let n = 0; n < count; n += 1) {
    const path = random.pick(paths);
    const size = [15_000_000, 1_000_000][n] ?? random.pick(sizes);
    const unit = n % 2 === 0 ? 'x' : '<script>alert(1)</script>';
    const huge = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    files.push(
      refused(
        `${path.join('.')} of ${size}`,
        withData(base, (d) => setAt(d, path, huge)),
      ),
    );
  }
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const many = (n: number, item: string) => `[${Array(n).fill(item).join(',')}]`;
  const text = JSON.stringify(base.data);
  const nested: [string, string][] = [
    ['deep at the top', `{"deep":${deep(200_000)},${text.slice(1)}`],
    ['deep person', text.replace(/"person":\{/, `"person":${deep(100_000)},"x":{`)],
    [
      'deep card picture',
      text.replace(
        '"picture":{"kind":"stored"',
        `"picture":{"deep":${deep(50_000)},"kind":"stored"`,
      ),
    ],
    [
      '100,000 empty cards',
      text.replace('"cards":[', `"cards":[${many(100_000, '{}').slice(1, -1)},`),
    ],
    [
      '2,000,000 zeros as cards',
      text.replace('"cards":[', `"cards":[${many(2_000_000, '0').slice(1, -1)},`),
    ],
    [
      '10,000 empty pictures',
      text.replace('"pictures":[', `"pictures":[${many(10_000, '{}').slice(1, -1)},`),
    ],
    [
      '100,000 lanes',
      text.replace(
        '"lanes":[',
        `"lanes":[${many(100_000, '{"id":"l","symbolId":"1"}').slice(1, -1)},`,
      ),
    ],
    [
      'a million helpers',
      text.replace('"helperIds":[', `"helperIds":[${many(1_000_000, '"x"').slice(1, -1)},`),
    ],
  ];
  for (const [name, data] of nested) {
    const isDropped = name === 'deep card picture'; // an unknown key inside a record is dropped
    const file = refused(name, withDataText(base, data));
    files.push(isDropped ? { ...file, expect: 'either', sameAs: base.bundle } : file);
  }
  return files;
}

// manifest.json wrong in every way: other formats, newer and impossible versions, kinds and
// dates that differ from the data's, a lock with no key, and manifests that are not JSON at all.
import { withEntries, withManifestText, type Bases, type FuzzFile, type Json } from './baseFiles';

const CHANGES: [string, Record<string, Json | undefined>][] = [
  ['version 0', { version: 0 }],
  ['version 2', { version: 2 }],
  ['version 999', { version: 999 }],
  ['version 1e20', { version: 1e20 }],
  ['version -1', { version: -1 }],
  ['version 1.5', { version: 1.5 }],
  ['version "1"', { version: '1' }],
  ['version null', { version: null }],
  ['no version', { version: undefined }],
  ['format My-Plan', { format: 'My-Plan' }],
  ['format empty', { format: '' }],
  ['format a number', { format: 1 }],
  ['no format', { format: undefined }],
  ['kind everything', { kind: 'everything' }],
  ['kind backup, data plans', { kind: 'backup' }],
  ['no kind', { kind: undefined }],
  ['another date', { createdAt: 9001 }],
  ['a date before 1970', { createdAt: -1 }],
  ['a date as text', { createdAt: '9000' }],
  ['a date of 1.5', { createdAt: 1.5 }],
  ['no date', { createdAt: undefined }],
  ['locked "false"', { locked: 'false' }],
  ['locked 0', { locked: 0 }],
  ['no locked', { locked: undefined }],
  ['locked with no key', { locked: true }],
  ['an extra field', { extra: 1 }],
  ['__proto__ in it', {}],
];

/** Manifests that are changed, or not a manifest at all. */
export function manifestFiles(bases: Bases): FuzzFile[] {
  const base = bases.plans;
  const files: FuzzFile[] = CHANGES.map(([name, change]) => {
    const manifest: Record<string, Json | undefined> = { ...base.manifest, ...change };
    let text = JSON.stringify(manifest);
    if (name === '__proto__ in it') text = text.replace('{', '{"__proto__":{"locked":true},');
    return {
      group: 'manifests',
      name,
      bytes: withManifestText(base, text),
      route: 'open',
      expect: 'refused',
    };
  });
  const texts: [string, string | Uint8Array][] = [
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"my-plan"'],
    ['empty', ''],
    ['cut short', JSON.stringify(base.manifest).slice(0, -3)],
    ['16 KB and more', `${JSON.stringify(base.manifest)}${' '.repeat(17_000)}`],
    [
      'not UTF-8',
      Uint8Array.of(...new TextEncoder().encode('{"format":"my-plan'), 0xff, 0x22, 0x7d),
    ],
  ];
  for (const [name, text] of texts) {
    const bytes = withEntries(base, (entries) => entries.set('manifest.json', text));
    files.push({ group: 'manifests', name, bytes, route: 'open', expect: 'refused' });
  }
  const endOfTime = 9_000_000_000_000_000;
  files.push(
    {
      group: 'manifests',
      name: 'made after the end of time (both)',
      bytes: withEntries(base, (entries) => {
        entries.set('manifest.json', JSON.stringify({ ...base.manifest, createdAt: endOfTime }));
        entries.set('data.json', JSON.stringify({ ...base.data, createdAt: endOfTime }));
      }),
      route: 'open',
      expect: 'refused',
    },
    {
      group: 'manifests',
      name: 'no manifest',
      bytes: withEntries(base, (entries) => entries.delete('manifest.json')),
      route: 'open',
      expect: 'refused',
    },
    {
      group: 'manifests',
      name: 'a byte-order mark first',
      bytes: withManifestText(base, `\uFEFF${JSON.stringify(base.manifest)}`),
      route: 'open',
      expect: 'either',
      sameAs: base.bundle,
    },
  );
  return files;
}

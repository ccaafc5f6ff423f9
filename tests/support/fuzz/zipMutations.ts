// Zips that lie: sizes, checksums, offsets and counts in their headers that do not match their
// bytes, patched into the good file one field at a time.
import type { Bases, FuzzFile } from './baseFiles';

interface Layout {
  end: number;
  entries: { name: string; central: number; local: number }[];
}

/** Where the end record, and each entry's central and local header, are in a zip. */
function layoutOf(bytes: Uint8Array): Layout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  const entries: Layout['entries'] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < view.getUint16(end + 10, true); n += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, central: at, local: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { end, entries };
}

type Patch = (view: DataView, layout: Layout, at: Layout['entries'][number]) => void;

const set32 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, _, at) =>
    view.setUint32(
      at.central + offset,
      value(view.getUint32(at.central + offset, true)) >>> 0,
      true,
    );
const set16 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, _, at) =>
    view.setUint16(
      at.central + offset,
      value(view.getUint16(at.central + offset, true)) & 0xffff,
      true,
    );
const local16 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, _, at) =>
    view.setUint16(
      at.local + offset,
      value(view.getUint16(at.local + offset, true)) & 0xffff,
      true,
    );
const local32 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, _, at) =>
    view.setUint32(at.local + offset, value(view.getUint32(at.local + offset, true)) >>> 0, true);
const end16 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, layout) =>
    view.setUint16(
      layout.end + offset,
      value(view.getUint16(layout.end + offset, true)) & 0xffff,
      true,
    );
const end32 =
  (offset: number, value: (old: number) => number): Patch =>
  (view, layout) =>
    view.setUint32(
      layout.end + offset,
      value(view.getUint32(layout.end + offset, true)) >>> 0,
      true,
    );

const ENTRY_PATCHES: [string, Patch][] = [
  ['size +1', set32(24, (n) => n + 1)],
  ['size -1', set32(24, (n) => n - 1)],
  ['size x1000', set32(24, (n) => n * 1000)],
  ['size 0', set32(24, () => 0)],
  ['size zip64', set32(24, () => 0xffffffff)],
  ['packed +1', set32(20, (n) => n + 1)],
  ['packed -1', set32(20, (n) => n - 1)],
  ['packed huge', set32(20, () => 0x7fffffff)],
  ['checksum', set32(16, (n) => n ^ 1)],
  ['method 12', set16(10, () => 12)],
  ['method 99', set16(10, () => 99)],
  ['method flipped', set16(10, (n) => (n === 0 ? 8 : 0))],
  ['encrypted', set16(8, (n) => n | 1)],
  [
    'local offset of another entry',
    (view, layout, at) =>
      view.setUint32(at.central + 42, layout.entries.find((other) => other !== at)!.local, true),
  ],
  ['local offset +1', set32(42, (n) => n + 1)],
  ['local offset past the end', set32(42, () => 0x7ffffff0)],
  ['local size differs', local32(22, (n) => n + 7)],
  ['local method differs', local16(8, (n) => (n === 0 ? 8 : 0))],
  ['local name longer', local16(26, (n) => n + 1)],
  ['local extra huge', local16(28, () => 0xffff)],
  ['central extra huge', set16(30, () => 0xffff)],
];

const END_PATCHES: [string, Patch][] = [
  ['count +1', end16(10, (n) => n + 1)],
  ['count -1', end16(10, (n) => n - 1)],
  ['count 0', end16(10, () => 0)],
  ['count on this disk differs', end16(8, (n) => n + 1)],
  ['another disk', end16(4, () => 1)],
  ['directory size +1', end32(12, (n) => n + 1)],
  ['directory size -1', end32(12, (n) => n - 1)],
  ['directory size 0', end32(12, () => 0)],
  ['directory offset +1', end32(16, (n) => n + 1)],
  ['directory offset -1', end32(16, (n) => n - 1)],
  ['directory offset huge', end32(16, () => 0xfffffff0)],
  ['comment longer than the file', end16(20, () => 5)],
];

function patched(bytes: Uint8Array<ArrayBuffer>, name: string | undefined, patch: Patch) {
  const out = bytes.slice();
  const layout = layoutOf(out);
  const at = layout.entries.find((item) => item.name === name) ?? layout.entries[0]!;
  patch(new DataView(out.buffer), layout, at);
  return out;
}

/** Headers that lie about an entry, or about the zip. */
export function lyingZipFiles(bases: Bases): FuzzFile[] {
  const names = ['data.json', 'manifest.json', 'pictures/f-pic-cat', 'recordings/f-rec-1'];
  const files: FuzzFile[] = [];
  for (const name of names) {
    for (const [what, patch] of ENTRY_PATCHES) {
      files.push({
        group: 'lying headers',
        name: `${name}: ${what}`,
        bytes: patched(bases.plans.bytes, name, patch),
        route: 'open',
        expect: 'refused',
      });
    }
  }
  for (const [what, patch] of END_PATCHES) {
    files.push({
      group: 'lying headers',
      name: `end: ${what}`,
      bytes: patched(bases.plans.bytes, undefined, patch),
      route: 'open',
      expect: 'refused',
    });
  }
  return files;
}

// Files damaged byte by byte: flipped bytes, cut short, garbage before or after, random bytes,
// nothing at all. A flip may land where no reader looks (a zip's time stamp): then the file must
// still read as exactly the good one, which the runner checks ('either').
import type { Bases, FuzzFile } from './baseFiles';
import type { Random } from './random';

function join(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Files with 1–4 bytes changed at random places. */
export function flippedFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  return Array.from({ length: count }, (_, n) => {
    const isPlans = n % 2 === 0;
    const base = isPlans ? bases.plans : bases.backup;
    const bytes = base.bytes.slice();
    const flips = random.int(1, 4);
    for (let i = 0; i < flips; i += 1) {
      const at = random.int(0, bytes.length - 1);
      bytes[at] = (bytes[at] ?? 0) ^ random.int(1, 255);
    }
    return {
      group: 'flipped bytes',
      name: `flip-${n}`,
      bytes,
      route: isPlans ? 'open' : 'restore',
      expect: 'either',
      sameAs: base.bundle,
    };
  });
}

/** Files cut short at random places, and at the edges of the zip's structures. */
export function truncatedFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  const whole = bases.plans.bytes;
  const fixed = [0, 1, 4, 21, 22, 29, 30, 31, whole.length - 22, whole.length - 1];
  const cuts = [
    ...fixed,
    ...Array.from({ length: count - fixed.length }, () => random.int(0, whole.length - 1)),
  ];
  return cuts.map((cut, n) => {
    const base = n % 3 === 2 ? bases.backup.bytes : whole;
    return {
      group: 'cut short',
      name: `cut-${n}-at-${cut}`,
      bytes: base.slice(0, Math.min(cut, base.length - 1)),
      route: n % 3 === 2 ? 'restore' : 'open',
      expect: 'refused',
    };
  });
}

/** Random bytes; random bytes that start like a zip; the good file inside garbage. */
export function garbageFiles(bases: Bases, random: Random, count: number): FuzzFile[] {
  const zipStart = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
  const end = bases.plans.bytes.slice(-22);
  const files: FuzzFile[] = [];
  for (let n = 0; n < count; n += 1) {
    const body = random.bytes(random.int(0, 6000));
    const kinds = [
      ['random', body],
      ['zip start', join(zipStart, body)],
      ['zip start and end', join(zipStart, body, end)],
      ['garbage after', join(bases.plans.bytes, random.bytes(random.int(1, 300)))],
      ['garbage before', join(random.bytes(random.int(1, 300)), bases.plans.bytes)],
    ] as const;
    const [kind, bytes] = kinds[n % kinds.length]!;
    files.push({ group: 'garbage', name: `${kind}-${n}`, bytes, route: 'open', expect: 'refused' });
  }
  files.push(
    { group: 'garbage', name: 'empty', bytes: new Uint8Array(0), route: 'open', expect: 'refused' },
    {
      group: 'garbage',
      name: 'empty restore',
      bytes: new Uint8Array(0),
      route: 'restore',
      expect: 'refused',
    },
    {
      group: 'garbage',
      name: 'one byte',
      bytes: Uint8Array.of(0x50),
      route: 'open',
      expect: 'refused',
    },
    { group: 'garbage', name: 'only an end record', bytes: end, route: 'open', expect: 'refused' },
  );
  return files;
}

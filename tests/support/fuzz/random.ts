// A seeded random source for the import fuzz: the same seed makes the same files, every run,
// so a failure found once is found again.

/** Random numbers from a seed (mulberry32). */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max] (both included). */
  int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** `length` random bytes. */
  bytes: (length: number) => Uint8Array<ArrayBuffer>;
}

/** A random source that always gives the same numbers for the same `seed`. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    bytes: (length) => Uint8Array.from({ length }, () => int(0, 255)),
  };
}

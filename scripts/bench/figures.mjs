// Every figure the benchmark prints, with its unit and the budget of issue 7 where there is one.
// Budgets hold at CPU x4 on the 2-core machine; sizes hold at any rate.

/**
 * @typedef {{ id: string, group: string, label: string, unit: 'ms' | 'bytes' | 'count',
 *   budget?: number }} Figure
 */

/** The plan sizes opened through the app's own import. */
export const PLAN_SIZES = [50, 200, 500];

/**
 * The figures of a run at CPU `rates`, in the order they are printed.
 * @param {number[]} rates
 * @returns {Figure[]}
 */
export function figureList(rates) {
  const at4 = (rate, budget) => (rate === 4 ? budget : undefined);
  const figures = [
    {
      id: 'size.js',
      group: 'sizes',
      label: 'First-screen JS, gzip',
      unit: 'bytes',
      budget: 150_000,
    },
    { id: 'size.css', group: 'sizes', label: 'First-screen CSS, gzip', unit: 'bytes' },
    {
      id: 'size.loadedJs',
      group: 'visits',
      label: 'JS fetched until usable (first visit), gzip',
      unit: 'bytes',
    },
    { id: 'size.precacheCount', group: 'sizes', label: 'Precached files', unit: 'count' },
    { id: 'size.precacheBytes', group: 'sizes', label: 'Precached bytes', unit: 'bytes' },
    { id: 'size.precacheGzip', group: 'sizes', label: 'Precached bytes, gzip', unit: 'bytes' },
  ];
  for (const rate of rates) {
    const x = `CPU x${rate}`;
    figures.push(
      { id: `visit.fcp.x${rate}`, group: 'visits', label: `First visit: FCP, ${x}`, unit: 'ms' },
      {
        id: `visit.usable.x${rate}`,
        group: 'visits',
        label: `First visit: usable, ${x}`,
        unit: 'ms',
        budget: at4(rate, 1500),
      },
      {
        id: `offline.fcp.x${rate}`,
        group: 'visits',
        label: `Repeat visit offline: FCP, ${x}`,
        unit: 'ms',
      },
      {
        id: `offline.usable.x${rate}`,
        group: 'visits',
        label: `Repeat visit offline: usable, ${x}`,
        unit: 'ms',
        budget: at4(rate, 600),
      },
    );
  }
  for (const rate of rates) {
    for (const count of PLAN_SIZES) {
      figures.push({
        id: `plan.${count}.x${rate}`,
        group: 'plans',
        label: `Open a plan of ${count} cards with photos, CPU x${rate}`,
        unit: 'ms',
        budget: count === 200 ? at4(rate, 500) : undefined,
      });
    }
  }
  for (const rate of rates) {
    for (const via of ['drag', 'tap']) {
      const how = via === 'drag' ? 'drag' : 'tap-to-place';
      figures.push(
        {
          id: `move.${via}.painted.x${rate}`,
          group: 'moves',
          label: `Move a card (${how}): painted, CPU x${rate}`,
          unit: 'ms',
          budget: at4(rate, 50),
        },
        {
          id: `move.${via}.stored.x${rate}`,
          group: 'moves',
          label: `Move a card (${how}): stored, CPU x${rate}`,
          unit: 'ms',
        },
      );
    }
  }
  for (const rate of rates) {
    figures.push({
      id: `photo.shown.x${rate}`,
      group: 'photo',
      label: `12-megapixel photo shown, CPU x${rate}`,
      unit: 'ms',
      budget: at4(rate, 1500),
    });
  }
  figures.push({
    id: 'photo.bytes',
    group: 'photo',
    label: 'Stored bytes per photo',
    unit: 'bytes',
    budget: 400_000,
  });
  for (const rate of rates) {
    figures.push(
      {
        id: `idb.load.x${rate}`,
        group: 'idb',
        label: `IndexedDB: load 500 cards, CPU x${rate}`,
        unit: 'ms',
      },
      {
        id: `idb.save.x${rate}`,
        group: 'idb',
        label: `IndexedDB: save 500 cards, CPU x${rate}`,
        unit: 'ms',
      },
    );
  }
  return figures;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * What was measured, per build and figure: the values of the runs, and why runs failed.
 * A figure with no value has `na` (the reason); with some failed runs, `problems` too.
 */
export class Results {
  constructor() {
    /** @type {Map<string, Map<string, { values: number[], problems: string[], na?: string }>>} */
    this.byBuild = new Map();
  }

  entry(build, id) {
    if (!this.byBuild.has(build)) this.byBuild.set(build, new Map());
    const figures = this.byBuild.get(build);
    if (!figures.has(id)) figures.set(id, { values: [], problems: [] });
    return figures.get(id);
  }

  /** One run's value. */
  add(build, id, value) {
    this.entry(build, id).values.push(value);
  }

  /** A run that could not be measured, and why. */
  problem(build, id, reason) {
    this.entry(build, id).problems.push(reason);
  }

  /** A figure that cannot be measured on this build at all (e.g. no import screen). */
  na(build, id, reason) {
    this.entry(build, id).na = reason;
  }

  /**
   * The figure as shown: { value, runs, problems } or { na }.
   * @returns {{ value?: number, runs?: number[], problems?: string[], na?: string }}
   */
  summary(build, id) {
    const entry = this.byBuild.get(build)?.get(id);
    if (!entry) return { na: 'not measured in this run' };
    if (entry.values.length === 0) {
      return { na: entry.na ?? entry.problems[0] ?? 'not measured', problems: entry.problems };
    }
    return { value: median(entry.values), runs: entry.values, problems: entry.problems };
  }
}

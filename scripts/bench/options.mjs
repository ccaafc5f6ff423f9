// Reads the command line of `npm run bench`: how many runs, which CPU rates, and which other
// build (a git ref) to measure side by side with this working tree.

/** The usage text printed by --help and after a wrong option. */
export const USAGE = `Usage: npm run bench -- [options]

  --against <git-ref>  also build <git-ref> (in a git worktree under .tmp/bench/) and measure both
                       builds in the same run, interleaved; prints both and the ratio
  --runs <N>           runs per timed figure, the median is shown (default 5)
  --quick              1 run, CPU x1 only (for working on the benchmark itself)
  --no-build           reuse the builds already in .tmp/bench/ (for working on the benchmark)
  --only <list>        only some groups, comma separated: sizes,visits,plans,moves,photo,idb
  --help               this text
`;

/** Every group of figures, in the order they are measured. */
export const GROUPS = ['sizes', 'visits', 'plans', 'moves', 'photo', 'idb'];

/**
 * The options of one run.
 * @param {string[]} argv the arguments after `node scripts/bench.mjs`
 * @returns {{ against?: string, runs: number, rates: number[], quick: boolean, build: boolean,
 *   groups: string[], help: boolean }}
 */
export function parseOptions(argv) {
  const options = {
    runs: 5,
    rates: [1, 4],
    quick: false,
    build: true,
    groups: GROUPS,
    help: false,
  };
  const value = (i, name) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--against') options.against = value(i++, arg);
    else if (arg === '--runs') {
      const runs = Number(value(i++, arg));
      if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
        throw new Error('--runs must be a whole number from 1 to 50');
      }
      options.runs = runs;
    } else if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--only') {
      const groups = value(i++, arg).split(',');
      const unknown = groups.filter((group) => !GROUPS.includes(group));
      if (unknown.length > 0) throw new Error(`--only: unknown group ${unknown.join(', ')}`);
      options.groups = GROUPS.filter((group) => groups.includes(group));
    } else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.quick) {
    options.runs = 1;
    options.rates = [1];
  }
  return options;
}

// What every group of the benchmark shares in one run: the options, the builds and their
// servers, the browser, the results, the log, and running a measurement on each build in turn.

/** Writes a progress line to stderr (the table goes to stdout). */
export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The first line of an error, without Playwright's call log. */
export function reason(error) {
  return String(error?.message ?? error)
    .split('\n')[0]
    .slice(0, 300);
}

/** "812 ms". */
export const ms = (value) => `${Math.round(value)} ms`;

/**
 * One benchmark run.
 * @param {{ options: object, builds: object[], servers: object[], browser: object,
 *   results: import('./figures.mjs').Results, cleanups: (() => Promise<void>)[] }} parts
 */
export function makeSession({ options, builds, servers, browser, results, cleanups }) {
  return {
    options,
    builds,
    browser,
    results,
    cleanups,
    has: (group) => options.groups.includes(group),
    /** Runs `action(build, server)` for each build in turn (the builds are interleaved). */
    async everyBuild(action) {
      for (const [index, build] of builds.entries()) await action(build, servers[index]);
    },
    /** Runs `action(run)` --runs times. */
    async repeat(label, action) {
      for (let run = 1; run <= options.runs; run += 1) {
        log(`${label}, run ${run} of ${options.runs}`);
        await action(run);
      }
    },
    /** One measurement on a build: its values go to figures `ids`, or its problem if it fails. */
    async attempt(build, ids, measure, describe) {
      try {
        const values = await measure();
        ids.forEach((id, i) => results.add(build.name, id, values[i]));
        log(`${build.label}: ${describe(values)}`);
      } catch (error) {
        ids.forEach((id) => results.problem(build.name, id, reason(error)));
        log(`${build.label}: FAILED: ${reason(error)}`);
      }
    },
  };
}

// `npm run bench`: builds the app, serves it on loopback, drives Chromium and prints how fast and
// how big My Plan is as a person meets it, also written to bench/results.json (see bench/README.md).
//   npm run bench -- [--against <git-ref>] [--runs N] [--quick] [--only sizes,visits,…]
// Not a test: it never runs in `npm test`, and nothing here asserts a time.
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './bench/browser.mjs';
import { buildCurrent, buildRef } from './bench/builds.mjs';
import { Results, figureList } from './bench/figures.mjs';
import { USAGE, parseOptions } from './bench/options.mjs';
import { makeReport, writeReport } from './bench/report.mjs';
import { runSeeded } from './bench/runSeeded.mjs';
import { runSizes, runVisits } from './bench/runVisits.mjs';
import { serve } from './bench/server.mjs';
import { log, makeSession } from './bench/session.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_PATH = join(ROOT, 'bench', 'results.json');
/** This tree is served on the first port, the --against build on the second (4530–4539 are ours). */
const PORTS = [4530, 4531];

/** Closes servers, contexts and the browser, last opened first, whatever happened. */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    await cleanups
      .pop()()
      .catch(() => {});
  }
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGB: Number((os.totalmem() / 1e9).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    viewport: '1024x768',
  };
}

async function main(argv) {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const startedAt = Date.now();
  const verb = options.build ? 'building' : 'reusing';
  log(`${verb} this tree in .tmp/bench/current`);
  const builds = [await buildCurrent(ROOT, options.build)];
  if (options.against) {
    log(`${verb} ${options.against} (git worktree in .tmp/bench/)`);
    builds.push(await buildRef(ROOT, options.against, options.build));
  }
  const servers = [];
  for (const [index, build] of builds.entries()) {
    const server = await serve(build.dir, PORTS[index]);
    cleanups.push(server.close);
    servers.push(server);
    log(`serving ${build.label} (${build.commit}) at ${server.url}`);
  }
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const chromium = browser.version();
  log(`Chromium ${chromium}`);

  const results = new Results();
  const session = makeSession({ options, builds, servers, browser, results, cleanups });
  if (session.has('sizes')) await runSizes(session);
  if (session.has('visits')) await runVisits(session);
  if (['plans', 'moves', 'photo', 'idb'].some(session.has)) await runSeeded(session);
  await cleanUp();

  const { text, report } = makeReport({
    figures: figureList(options.rates).filter((figure) => session.has(figure.group)),
    results,
    builds: builds.map(({ name, label, commit }) => ({ name, label, commit })),
    machine: machineFacts(),
    chromium,
    options: {
      runs: options.runs,
      rates: options.rates,
      against: options.against ?? null,
      groups: options.groups,
    },
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
  });
  writeReport(RESULTS_PATH, report);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  process.stdout.write(`\n${text}\n\nWritten to bench/results.json in ${seconds} s.\n`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: closing the browser and the servers`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const isUsage = /^(unknown option|--)/.test(String(error?.message));
  process.stderr.write(`\n[bench] ${isUsage ? error.message : (error?.stack ?? error)}\n`);
  if (isUsage) process.stderr.write(`\n${USAGE}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

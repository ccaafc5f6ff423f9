// `npm test`: every check of the project, in order, with one count at the end.
//
//   node scripts/test-all.mjs [--skip-e2e]
//
// Steps (each streams its output; a failing step does not stop the later ones, so the count is
// complete):
//   1. type check   npx tsc -b --noEmit
//   2. lint         npx eslint .
//   3. unit tests   npx vitest run … → reports/unit.json
//   4. build        npx vite build (the type check is step 1)
//   5. chromium     node scripts/ensure-chromium.mjs
//   6. e2e tests    npx playwright test → reports/e2e.json (config: playwright.config.ts)
// --skip-e2e leaves out 5 and 6 (quick local runs; CI never uses it).
//
// How the count is made:
//   - The type check, lint and build each count as ONE test: passed when the command exits 0,
//     failed otherwise.
//   - Unit tests count from reports/unit.json (Vitest JSON): passed = numPassedTests,
//     failed = numFailedTests + test files that failed without a failing test (e.g. an import
//     error), skipped = numPendingTests + numTodoTests.
//   - E2E tests count from reports/e2e.json (Playwright JSON): passed = stats.expected +
//     stats.flaky (passed on retry), failed = stats.unexpected, skipped = stats.skipped.
//   - A test step that exits non-zero or reports errors while counting no failed test, that
//     crashed without a report, or that could not run (no Chromium, no build) counts as 1 failed.
// The very last line printed is `N passed, N failed` (`, N skipped` only when N > 0); it is also
// written to reports/summary.txt (details in reports/summary.json). Exit code 0 only when
// nothing failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports');
const UNIT_REPORT = join(REPORTS, 'unit.json');
const E2E_REPORT = join(REPORTS, 'e2e.json');
const SUMMARY = join(REPORTS, 'summary.txt');
const SUMMARY_JSON = join(REPORTS, 'summary.json');

const args = process.argv.slice(2);
const skipE2e = args.includes('--skip-e2e');
for (const arg of args) {
  if (arg !== '--skip-e2e') {
    console.error(`Unknown option ${arg}. Usage: node scripts/test-all.mjs [--skip-e2e]`);
    process.exit(2);
  }
}

process.chdir(ROOT);
mkdirSync(REPORTS, { recursive: true });
for (const file of [UNIT_REPORT, E2E_REPORT, SUMMARY, SUMMARY_JSON]) rmSync(file, { force: true });

// ---------------------------------------------------------------------------------------------
// Running a command

let current = null; // the running child, so that Ctrl-C / SIGTERM also stop it and its children

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // the whole process group (npx → sh → tool)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (current) killGroup(current, signal);
    console.error(`\ntest-all: stopped by ${signal}`);
    process.exit(130);
  });
}

/**
 * Runs a command with its output streamed to this terminal.
 * @returns {Promise<{ code: number, seconds: number, timedOut: boolean, stdout: string }>}
 */
function run(command, commandArgs, { timeoutMinutes, captureStdout = false }) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    let stdout = '';
    let timedOut = false;
    const child = spawn(command, commandArgs, {
      cwd: ROOT,
      stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
      detached: true, // own process group, so a timeout can stop everything it started
      env: process.env,
    });
    current = child;
    if (captureStdout) {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        process.stdout.write(chunk);
      });
    }
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(
        `\ntest-all: ${command} ${commandArgs.join(' ')} took over ${timeoutMinutes} min; stopping it.`,
      );
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
    }, timeoutMinutes * 60_000);
    const finish = (code) => {
      clearTimeout(timer);
      current = null;
      resolvePromise({ code, seconds: (Date.now() - started) / 1000, timedOut, stdout });
    };
    child.on('error', (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

function banner(title, command) {
  console.log(`\n━━━ ${title}: ${command} ━━━`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Counting

/** @typedef {{ name: string, result: 'passed' | 'failed' | 'not run' | 'skipped', seconds: number, passed: number, failed: number, skipped: number, note: string }} Step */
/** @type {Step[]} */
const steps = [];

function record(name, result, seconds, counts, note = '') {
  steps.push({ name, result, seconds, passed: 0, failed: 0, skipped: 0, ...counts, note });
}

/** Type check, lint and build: one test each. */
function countOne(name, outcome) {
  const ok = outcome.code === 0;
  record(
    name,
    ok ? 'passed' : 'failed',
    outcome.seconds,
    ok ? { passed: 1 } : { failed: 1 },
    outcome.timedOut ? 'timed out' : ok ? '' : `exit code ${outcome.code}`,
  );
}

function countUnit(outcome) {
  const report = readJson(UNIT_REPORT);
  if (!report || typeof report.numPassedTests !== 'number') {
    record(
      'unit tests',
      'failed',
      outcome.seconds,
      { failed: 1 },
      `${outcome.timedOut ? 'timed out, ' : ''}no reports/unit.json (exit code ${outcome.code})`,
    );
    return;
  }
  const passed = report.numPassedTests;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has status "failed" but no failed test in it: count it as one.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  failed += brokenFiles;
  let note = brokenFiles ? `${brokenFiles} test file(s) failed to run` : '';
  if (outcome.code !== 0 && failed === 0) {
    failed = 1;
    note = `exit code ${outcome.code} with no failed test${outcome.timedOut ? ' (timed out)' : ''}`;
  }
  record(
    'unit tests',
    failed ? 'failed' : 'passed',
    outcome.seconds,
    { passed, failed, skipped },
    note,
  );
}

function countE2e(outcome) {
  const report = readJson(E2E_REPORT);
  if (!report || typeof report.stats !== 'object' || report.stats === null) {
    record(
      'e2e tests',
      'failed',
      outcome.seconds,
      { failed: 1 },
      `${outcome.timedOut ? 'timed out, ' : ''}no reports/e2e.json (exit code ${outcome.code})`,
    );
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  let failed = unexpected;
  let note = flaky ? `${flaky} flaky (passed on retry)` : '';
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  if ((outcome.code !== 0 || errors > 0) && failed === 0) {
    failed = 1;
    const firstError = String(report.errors?.[0]?.message ?? '')
      .split('\n')[0]
      .slice(0, 80);
    note = `exit code ${outcome.code}${errors ? `, ${errors} error(s): ${firstError}` : ''}${outcome.timedOut ? ' (timed out)' : ''}`;
  }
  record(
    'e2e tests',
    failed ? 'failed' : 'passed',
    outcome.seconds,
    { passed: expected + flaky, failed, skipped },
    note,
  );
}

// ---------------------------------------------------------------------------------------------
// The steps

const started = Date.now();

banner('1/6 type check', 'npx tsc -b --noEmit');
countOne('type check', await run('npx', ['tsc', '-b', '--noEmit'], { timeoutMinutes: 5 }));

banner('2/6 lint', 'npx eslint .');
countOne('lint', await run('npx', ['eslint', '.'], { timeoutMinutes: 5 }));

banner('3/6 unit tests', 'npx vitest run');
countUnit(
  await run(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/unit.json',
    ],
    { timeoutMinutes: 8 },
  ),
);

// The type check above is `tsc -b`'s whole job in `npm run build`: here only the bundle is made
// (running tsc a second time cost half a minute of CI's 15).
banner('4/6 build', 'npx vite build');
const build = await run('npx', ['vite', 'build'], { timeoutMinutes: 5 });
countOne('build', build);
const haveBuild = build.code === 0 && existsSync(join(ROOT, 'dist', 'index.html'));

if (skipE2e) {
  record('chromium', 'skipped', 0, {}, '--skip-e2e');
  record('e2e tests', 'skipped', 0, {}, '--skip-e2e');
} else {
  banner('5/6 chromium', 'node scripts/ensure-chromium.mjs');
  const chromium = await run('node', ['scripts/ensure-chromium.mjs'], {
    timeoutMinutes: 12,
    captureStdout: true,
  });
  const chromiumPath = chromium.stdout.trim().split('\n').pop() ?? '';
  // Finding the browser is a precondition, not a test; without one, the e2e step counts as 1 failed.
  record(
    'chromium',
    chromium.code === 0 ? 'passed' : 'failed',
    chromium.seconds,
    {},
    chromium.code === 0 ? chromiumPath : 'no Chromium (see the message above)',
  );

  if (chromium.code !== 0) {
    record('e2e tests', 'not run', 0, { failed: 1 }, 'no Chromium');
  } else if (!haveBuild) {
    record('e2e tests', 'not run', 0, { failed: 1 }, 'no build to test');
  } else {
    banner('6/6 e2e tests', 'npx playwright test');
    countE2e(await run('npx', ['playwright', 'test'], { timeoutMinutes: 12 }));
  }
}

// ---------------------------------------------------------------------------------------------
// Summary

const total = steps.reduce(
  (sum, step) => ({
    passed: sum.passed + step.passed,
    failed: sum.failed + step.failed,
    skipped: sum.skipped + step.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const line = `${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`;

function countsOf(step) {
  if (step.name === 'chromium') return '';
  const parts = [`${step.passed} passed`, `${step.failed} failed`];
  if (step.skipped) parts.push(`${step.skipped} skipped`);
  return step.result === 'skipped' ? '' : parts.join(', ');
}

const rows = steps.map((step) => [
  step.name,
  step.result === 'failed' ? 'FAILED' : step.result,
  step.result === 'skipped' || step.result === 'not run' ? '' : `${step.seconds.toFixed(1)}s`,
  countsOf(step),
  step.note,
]);
const header = ['step', 'result', 'time', 'count', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const format = (row) =>
  row
    .map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
    .join('  ')
    .trimEnd();

console.log(`\n━━━ summary (${((Date.now() - started) / 1000).toFixed(0)}s) ━━━`);
console.log(format(header));
for (const row of rows) console.log(format(row));
console.log('');

writeFileSync(SUMMARY, `${line}\n`);
writeFileSync(SUMMARY_JSON, `${JSON.stringify({ ...total, line, steps }, null, 2)}\n`);
console.log(line);
process.exitCode = total.failed === 0 ? 0 : 1;

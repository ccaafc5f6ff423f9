// Makes sure there is a Chromium for the end-to-end tests and prints its path on stdout
// (progress and apt/playwright output go to stderr, so stdout is only the path).
//
//   node scripts/ensure-chromium.mjs
//
// Lookup order (see scripts/chromium-path.mjs): $CHROMIUM_PATH, /usr/bin/chromium,
// /usr/bin/chromium-browser, /usr/bin/google-chrome, Playwright's own downloaded Chromium.
// If none is found: as root on Debian/Ubuntu, `apt-get install -y chromium`; otherwise
// `npx playwright install chromium`; if that fails too, exit 1 and say what to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[ensure-chromium] ${message}\n`);

function isDebianLike() {
  if (!existsSync('/usr/bin/apt-get')) return false;
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** Runs a command with its output streamed to stderr; true when it exits 0. */
function run(command, args, timeoutMinutes) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: timeoutMinutes * 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.error) log(`could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

function found(path) {
  process.stdout.write(`${path}\n`);
  process.exit(0);
}

const wanted = process.env.CHROMIUM_PATH;
if (wanted && findChromium() !== wanted) {
  log(`CHROMIUM_PATH=${wanted} is not an executable file; looking elsewhere.`);
}

const existing = findChromium();
if (existing) found(existing);

log('No Chromium found.');

if (process.getuid?.() === 0 && isDebianLike()) {
  log('Installing Debian Chromium with apt-get (about a minute)…');
  if (run('apt-get', ['update'], 5) && run('apt-get', ['install', '-y', 'chromium'], 10)) {
    const installed = findChromium();
    if (installed) found(installed);
  }
  log('apt-get did not give a usable Chromium; trying Playwright’s own download.');
}

if (run('npx', ['playwright', 'install', 'chromium'], 10)) {
  const downloaded = findChromium();
  if (downloaded) found(downloaded);
}

process.stderr.write(`
No Chromium for the end-to-end tests, and it could not be installed automatically.
Install one, then run the tests again:

  on Debian/Ubuntu:  sudo apt-get install -y chromium
  anywhere else:     npx playwright install chromium

Or point to a Chrome/Chromium you already have:

  CHROMIUM_PATH=/path/to/chrome npm test
`);
process.exit(1);

// End-to-end tests: Playwright driving Chromium against the built app (`vite preview`).
// `npm test` builds first (scripts/test-all.mjs); this config never builds.
// Browser: $CHROMIUM_PATH, Debian's /usr/bin/chromium, … or Playwright's own download
// (see scripts/chromium-path.mjs; `node scripts/ensure-chromium.mjs` installs one if needed).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const CI = !!process.env.CI;
// E2E_PORT and E2E_DIST let several people test different builds side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // CI machines have 2 cores: two workers keep the whole run under 15 minutes; E2E_WORKERS=1 to
  // run one file at a time. Generous timeouts: a busy 2-core machine is slow, never wrong.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // Keeps the whole of .ci/run well under 15 minutes even if something hangs.
  globalTimeout: CI ? 11 * 60_000 : 0,
  // Reports live in reports/: Playwright wipes test-results/ (outputDir) at the start of a run.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  outputDir: process.env.E2E_OUT ?? 'test-results',
  use: {
    baseURL: BASE_URL,
    serviceWorkers: 'allow',
    trace: 'retain-on-first-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // undefined → Playwright's own downloaded Chromium.
      executablePath: findChromium(),
      // Without the networking flags Chromium tries to reach outside hosts and stalls.
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'phone',
      // Only the first walk runs twice, with a finger on a phone (CI has 2 cores and 15 minutes).
      // Every screen at 320 px (narrower than this phone) is measured and checked with axe in
      // everyScreen.spec and reflow.spec, which set their own window sizes.
      testMatch: /firstWalk\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        hasTouch: true,
        isMobile: false,
      },
    },
    {
      name: 'tablet',
      use: {
        browserName: 'chromium',
        viewport: { width: 1024, height: 768 },
        deviceScaleFactor: 1,
        hasTouch: true,
        isMobile: false,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host localhost --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

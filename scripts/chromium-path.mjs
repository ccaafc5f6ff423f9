// Finds a Chromium that Playwright can drive, without installing anything.
// Shared by scripts/ensure-chromium.mjs (which installs one if this finds none),
// scripts/build-app-icons.mjs and playwright.config.ts.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

/** System browsers, in the order they are tried after CHROMIUM_PATH. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright's own downloaded Chromium would be (whether or not it is there), or undefined. */
export function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The path of a usable Chromium, or undefined when there is none.
 * Order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome,
 * then the Chromium downloaded by `npx playwright install chromium`.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutableFile(fromEnv)) return fromEnv;
  for (const path of SYSTEM_CHROMIUM_PATHS) {
    if (isExecutableFile(path)) return path;
  }
  const own = playwrightChromiumPath();
  if (own && existsSync(own) && isExecutableFile(own)) return own;
  return undefined;
}

/** Arguments for headless Chromium on a machine without outside network (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

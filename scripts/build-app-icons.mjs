// Renders the web app manifest icons from the hand-written SVGs with headless Chromium.
//
//   node scripts/build-app-icons.mjs
//
//   scripts/app-icon.svg          → public/favicon.svg (copy), public/icons/app-192.png,
//                                   public/icons/app-512.png (rounded, transparent corners),
//                                   public/icons/apple-touch-icon-180.png (full bleed: iOS
//                                   rounds the corners itself and shows transparency as black)
//   scripts/app-icon-maskable.svg → public/icons/app-maskable-512.png (full bleed, motif in the
//                                   central 80% safe zone)
// The PNGs are committed; run this again only after changing an SVG.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC = join(ROOT, 'public');
const ICONS = join(PUBLIC, 'icons');
const BACKGROUND = '#1d3b8a';

const appIcon = readFileSync(join(ROOT, 'scripts/app-icon.svg'), 'utf8');
const maskableIcon = readFileSync(join(ROOT, 'scripts/app-icon-maskable.svg'), 'utf8');

/** @type {{ file: string, svg: string, size: number, transparent: boolean }[]} */
const outputs = [
  { file: 'app-192.png', svg: appIcon, size: 192, transparent: true },
  { file: 'app-512.png', svg: appIcon, size: 512, transparent: true },
  { file: 'app-maskable-512.png', svg: maskableIcon, size: 512, transparent: false },
  { file: 'apple-touch-icon-180.png', svg: appIcon, size: 180, transparent: false },
];

mkdirSync(ICONS, { recursive: true });
copyFileSync(join(ROOT, 'scripts/app-icon.svg'), join(PUBLIC, 'favicon.svg'));
console.log('wrote public/favicon.svg');

const executablePath = findChromium();
if (!executablePath) {
  console.log(
    '(no system Chromium found; trying Playwright’s own; `node scripts/ensure-chromium.mjs` installs one)',
  );
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const { file, svg, size, transparent } of outputs) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const background = transparent ? 'transparent' : BACKGROUND;
    await page.setContent(`<!doctype html><html><head><style>
      html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: ${background}; }
      svg { display: block; width: ${size}px; height: ${size}px; }
    </style></head><body>${svg}</body></html>`);
    const path = join(ICONS, file);
    await page.screenshot({ path, omitBackground: transparent, type: 'png' });
    await page.close();
    console.log(
      `wrote ${relative(ROOT, path)} (${size}×${size}${transparent ? ', transparent corners' : ''})`,
    );
  }
} finally {
  await browser.close();
}
process.exitCode = 0;

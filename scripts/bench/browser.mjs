// Debian's Chromium for the benchmark (found as in the e2e tests), its contexts, CPU throttling
// over CDP, and the JPEGs made once in the browser with a canvas (a small one for the imported
// cards, a 12-megapixel one for the photo figure).
/* global document */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.mjs';

/** A tablet-sized window, English, like the e2e tablet project (without touch). */
export const CONTEXT_OPTIONS = {
  viewport: { width: 1024, height: 768 },
  deviceScaleFactor: 1,
  locale: 'en-US',
  serviceWorkers: 'allow',
};

/** Launches headless Chromium; a clear message when there is none. */
export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'no Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/** A new page whose renderer runs `rate` times slower (1 = no throttling); returns the page. */
export async function throttledPage(context, rate) {
  const page = await context.newPage();
  await setCpuRate(page, rate);
  return page;
}

/** One CDP session per page, kept open: detaching a session drops its CPU throttling. */
const sessions = new WeakMap();

/** Sets the CPU throttling of `page` (CDP Emulation.setCPUThrottlingRate); kept across loads. */
export async function setCpuRate(page, rate) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Emulation.setCPUThrottlingRate', { rate });
}

function jpegIn({ width, height, shapes, noise, quality }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  // A seeded generator: the same picture (and the same bytes) on every run.
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const sky = context.createLinearGradient(0, 0, width, height);
  sky.addColorStop(0, '#6fa8dc');
  sky.addColorStop(0.6, '#f6e7b0');
  sky.addColorStop(1, '#6aa84f');
  context.fillStyle = sky;
  context.fillRect(0, 0, width, height);
  for (let i = 0; i < shapes; i += 1) {
    context.fillStyle = `hsla(${Math.floor(random() * 360)}, 60%, ${30 + random() * 40}%, 0.5)`;
    context.beginPath();
    context.arc(random() * width, random() * height, 4 + random() * width * 0.06, 0, Math.PI * 2);
    context.fill();
  }
  if (noise > 0) {
    // Grain like a camera sensor's, so the JPEG is as big as a real photo.
    const image = context.getImageData(0, 0, width, height);
    const { data } = image;
    for (let i = 0; i < data.length; i += 4) {
      const grain = (random() - 0.5) * noise;
      data[i] += grain;
      data[i + 1] += grain;
      data[i + 2] += grain;
    }
    context.putImageData(image, 0, 0);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      async (blob) => {
        if (!blob) return reject(new Error('canvas.toBlob gave nothing'));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        resolve(btoa(text));
      },
      'image/jpeg',
      quality,
    );
  });
}

/**
 * Makes the benchmark's JPEGs in the browser (canvas → toBlob), once per run.
 * @returns {Promise<{ small: { bytes: Uint8Array, width: number, height: number },
 *   large: { bytes: Buffer, width: number, height: number } }>}
 */
export async function makePhotos(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const small = { width: 320, height: 240 };
    const large = { width: 4000, height: 3000 };
    // jpegIn runs in the page: Playwright hands it over as source text with one argument.
    const smallBase64 = await page.evaluate(jpegIn, {
      ...small,
      shapes: 40,
      noise: 0,
      quality: 0.8,
    });
    const largeBase64 = await page.evaluate(jpegIn, {
      ...large,
      shapes: 3000,
      noise: 18,
      quality: 0.92,
    });
    return {
      small: { ...small, bytes: new Uint8Array(Buffer.from(smallBase64, 'base64')) },
      large: { ...large, bytes: Buffer.from(largeBase64, 'base64') },
    };
  } finally {
    await context.close();
  }
}

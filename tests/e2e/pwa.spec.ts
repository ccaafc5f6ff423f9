// Installable: a web app manifest with real PNG icons (192, 512 and maskable) that load; offline,
// the whole picture library is there (one precached pack, public/sw-pictures.js).
import { expect, test } from '@playwright/test';
import { openApp, pictures } from './support/app';

test('the manifest is linked and its icons are real PNGs of the stated sizes', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? '', page.url()).toString())).json();
  expect(manifest).toMatchObject({ name: 'My Plan', display: 'standalone', start_url: '.' });
  const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
  expect(purposes).toContain('maskable');
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const size = Number(icon.sizes.split('x')[0]);
    const dimensions = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, icon.src);
    expect(dimensions, icon.src).toEqual([size, size]);
  }
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});

test('offline, every picture of the library is there, also one never seen before', async ({
  page,
  context,
}) => {
  await openApp(page);
  // The first visit is not yet controlled by the service worker: from the next page on, it is.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('train');
  const first = pictures(page).getByRole('button').first();
  await expect(first).toBeVisible();
  await expect
    .poll(() => first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  // The service worker answers from one precached pack, with the picture's own drawing.
  const svg = await page.evaluate(
    async (src) => {
      const response = await fetch(src);
      return [response.headers.get('content-type'), (await response.text()).slice(0, 4)];
    },
    (await first.locator('img').getAttribute('src')) ?? 'no src',
  );
  expect(svg).toEqual(['image/svg+xml', '<svg']);
  await context.setOffline(false);
});

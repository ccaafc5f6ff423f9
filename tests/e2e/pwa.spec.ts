// Installable: a web app manifest with real PNG icons (192, 512 and maskable) that load.
import { expect, test } from '@playwright/test';

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

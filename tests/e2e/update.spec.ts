// A new version never takes over by itself: the app says "A new version is ready", and only when
// the person taps the button does it reload, keeping what they had typed but not yet saved.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic, staticPort } from './support/staticServer';

test('an update waits for the person, then reloads without losing the half-typed name', async ({
  page,
}, info) => {
  const root = mkdtempSync(join(tmpdir(), 'my-plan-update-'));
  cpSync(join(process.cwd(), process.env.E2E_DIST ?? 'dist'), root, { recursive: true });
  const port = staticPort(info.parallelIndex, 0);
  const server = await serveStatic(root, port);
  try {
    await page.goto(`http://localhost:${port}/#/people/new`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A returning visit: the page is now controlled by the installed version.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('textbox', { name: 'Name' }).fill('Half typed');

    // Ship a "new version": the service worker file changes on the server.
    appendFileSync(join(root, 'sw.js'), '\n// next version\n');
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    await expect(page.getByText('A new version is ready. Your work is saved.')).toBeVisible();
    // Nothing happened by itself: same page, same text in the box.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Get the new version' }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed');
    await expect(page.getByText('A new version is ready. Your work is saved.')).toHaveCount(0);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

// Two tabs of version A are open; version B is shipped and taken in one tab. The other tab never
// reloads by itself, keeps working (the old screens' scripts still load), says a new version is
// there, and, should an old script be gone after all, shows a clear way to the new version that
// keeps the half-typed name.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/app';
import { shipNewVersion } from './support/newVersion';
import { serveStatic, staticPort } from './support/staticServer';

const READY = 'A new version is ready. Your work is saved.';
const UPDATED = 'My Plan was updated. Tap to get the new version. Your work is saved.';

const versionOf = (page: Page) =>
  page.evaluate(() => (globalThis as { myPlanVersion?: string }).myPlanVersion ?? 'A');
const isSamePage = (page: Page) => page.evaluate(() => 'stillTheSamePage' in window);
const goTo = (page: Page, hash: string) =>
  page.evaluate((next) => {
    window.location.hash = next;
  }, hash);

test('an update taken in one tab never breaks the other tab', async ({ page, context }, info) => {
  const root = mkdtempSync(join(tmpdir(), 'my-plan-update-safety-'));
  cpSync(join(process.cwd(), process.env.E2E_DIST ?? 'dist'), root, { recursive: true });
  const port = staticPort(info.parallelIndex, 1);
  const server = await serveStatic(root, port);
  try {
    await page.goto(`http://localhost:${port}/#/people/new`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    const other = await context.newPage();
    await other.goto(`http://localhost:${port}/#/people/new`);
    expect(await other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await other.getByRole('textbox', { name: 'Name' }).fill('Half typed');
    await other.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    shipNewVersion(root);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.getByText(READY)).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Get the new version' }).click();
    await reloaded;
    expect(await versionOf(page)).toBe('B');

    // The other tab was not reloaded: it says so, and keeps the words on screen.
    await expect(other.getByText(UPDATED)).toBeVisible();
    expect(await isSamePage(other)).toBe(true);
    await expect(other.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed');
    // A screen it had not opened yet still loads: version A's script was kept.
    await goTo(other, '#/settings');
    await expect(other.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    // Had the browser thrown the kept scripts away: a clear message instead of a broken page.
    await other.evaluate(() => caches.delete('my-plan-previous-version'));
    await goTo(other, '#/about');
    await expect(other.getByRole('main').getByText(UPDATED)).toBeVisible();
    await expect(other.getByText(UPDATED)).toHaveCount(1);
    await expectNoAxeViolations(other, 'the way to the new version');
    expect(await isSamePage(other)).toBe(true);
    const otherReloaded = other.waitForEvent('load');
    await other.getByRole('button', { name: 'Get the new version' }).click();
    await otherReloaded;
    await expect(other.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
    expect(await versionOf(other)).toBe('B');
    await goTo(other, '#/people/new');
    await expect(other.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed');
    await expect(other.getByText(UPDATED)).toHaveCount(0);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

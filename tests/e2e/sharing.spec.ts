// Sharing on the person's terms: a private card can never be ticked and never leaves (not on the
// poster, not in a file, not in the share sheet); the poster prints on one A4 landscape page;
// files open on a fresh tablet only with the right password and show what is inside first;
// a backup restores every record and picture byte for byte; bad files change nothing.
import { mkdtempSync, rmSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addPerson, expectBigTargets, expectNoAxeViolations, lane_ } from './support/app';
import {
  corrupted,
  dumpDatabase,
  fileText,
  makeSharedPlan,
  openEntries,
  pdfPages,
  zipBombs,
  newTablet,
  type SharedPlan,
} from './support/sharing';

test.describe.configure({ mode: 'serial' });

const dir = mkdtempSync(join(tmpdir(), 'my-plan-sharing-'));
const files = { open: '', locked: '', backup: '' };
let home: Page;
let plan: SharedPlan;

test.beforeAll(async ({ browser }) => {
  home = await newTablet(browser);
});

test.afterAll(async () => {
  await home.context().close();
  rmSync(dir, { recursive: true, force: true });
});

/** Another tablet with a person on it, at their home. */
async function freshTablet(browser: Browser, name: string): Promise<Page> {
  const page = await newTablet(browser);
  await addPerson(page, name);
  return page;
}

async function download(page: Page, button: string, path: string): Promise<string> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await saved;
  await file.saveAs(path);
  return file.suggestedFilename();
}

test('the person chooses what to share: print, a file with and without a password, send', async () => {
  test.setTimeout(90_000);
  const page = home;
  plan = await makeSharedPlan(page);
  await page.getByRole('link', { name: 'Share' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share My goals' })).toBeVisible();

  const secret = page.getByRole('checkbox', { name: 'My diary Private' });
  await expect(secret).not.toBeChecked();
  await expect(secret).toBeDisabled();
  await expect(page.getByText(/This card is private\. It stays on your tablet\./)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Feed my cat' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Ride my bike' })).toBeChecked();
  const poster = page.getByRole('article', { name: 'Poster: My goals' });
  await expect(poster.locator('img[src^="blob:"]').first()).toBeVisible();
  await expect(poster).not.toContainText('My diary');
  await page.getByRole('checkbox', { name: 'Lars' }).check();
  await expectNoAxeViolations(page, 'share screen');
  await expectBigTargets(page, 'share screen');

  await page.getByRole('button', { name: 'Yes, share this' }).click();
  await page.getByRole('button', { name: 'Print the poster' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  // On paper: only the poster, with the ticked cards, and no word of the private card.
  await page.emulateMedia({ media: 'print' });
  await expect(poster).toBeVisible();
  await expect(poster.getByText('Feed my cat')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the poster' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('Ride my bike');
  expect(printed).not.toContain('My diary');
  expect(await poster.innerHTML()).not.toContain('My diary');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdfPages(pdf);
  expect(pages.count).toBe(1);
  expect(pages.width).toBeCloseTo(841.9, 0);
  expect(pages.height).toBeCloseTo(595.3, 0);
  expect(pdf.toString('latin1')).not.toContain('My diary');
  await page.emulateMedia({ media: 'screen' });

  const name = await download(page, 'Save a file', join(dir, 'open.myplan'));
  expect(name).toMatch(/^My goals \d{4}-\d{2}-\d{2}\.myplan$/);
  files.open = join(dir, 'open.myplan');
  const text = fileText(readFileSync(files.open));
  expect(text).toContain('Feed my cat');
  expect(text).toContain('Lars');
  expect(text).not.toContain('My diary');
  expect(Object.keys(openEntries(readFileSync(files.open)))).toContain('data.json');

  const password = page.getByLabel('Password to lock the file (you can leave it empty)');
  await password.fill('blue door 7');
  await page.getByRole('button', { name: 'Show the password' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await download(page, 'Save a file', join(dir, 'locked.myplan'));
  files.locked = join(dir, 'locked.myplan');
  expect(Object.keys(openEntries(readFileSync(files.locked))).sort()).toEqual([
    'manifest.json',
    'payload.bin',
  ]);

  await password.fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText(/^The file is sent\./).first()).toBeVisible();
  const sent = await page.evaluate(
    () => (window as unknown as { sent: { bytes: number[] }[] }).sent,
  );
  expect(sent).toHaveLength(1);
  const sentText = fileText(Buffer.from(sent[0]?.bytes ?? []));
  expect(sentText).toContain('Ride my bike');
  expect(sentText).not.toContain('My diary');

  await page.goto('/#/settings');
  const log = page.getByRole('list', { name: 'What was shared' });
  await expect(log.locator('.share-log__kind')).toHaveText([
    'Sent',
    'Saved as a file',
    'Saved as a file',
    'Printed',
  ]);
  await expect(log.locator('.share-log__item').first()).toContainText('With Lars');
  await expect(log.locator('.share-log__item').nth(1)).toContainText('Locked with a password');
  await expectNoAxeViolations(page, 'settings with shares');
  await expectBigTargets(page, 'settings with shares');
});

test('a file opens on another tablet only with its password, and shows what is inside first', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const page = await freshTablet(browser, 'Sam');
  await page.getByRole('link', { name: 'Open a file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a file' })).toBeVisible();
  await expectBigTargets(page, 'open a file');

  const before = await dumpDatabase(page);
  await page.getByLabel('Choose a file').setInputFiles(files.locked);
  await page.getByLabel('Password', { exact: true }).fill('red door');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This password is not right. Please try again. Nothing was changed.',
  );
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByLabel('Password', { exact: true }).fill('blue door 7');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByText('From Mia', { exact: true })).toBeVisible();
  const poster = page.getByRole('article', { name: 'Poster: My goals' });
  await expect(poster).toContainText('Feed my cat');
  await expect(poster).toContainText('Ride my bike');
  await expect(poster).not.toContainText('My diary');
  await expect
    .poll(() =>
      poster
        .locator('img[src^="blob:"]')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await expect(page.getByText('2 cards', { exact: true })).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);
  await expectNoAxeViolations(page, 'what is in the file');
  await expectBigTargets(page, 'what is in the file');

  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(
    lane_(page, 'Now').getByRole('button', { name: 'Feed my cat', exact: true }),
  ).toBeVisible();
  await expect(
    lane_(page, 'Next').getByRole('button', { name: 'Ride my bike', exact: true }),
  ).toBeVisible();
  await expect(page.getByText('My diary')).toHaveCount(0);
  const after = await dumpDatabase(page);
  expect(JSON.stringify(after.cards)).not.toContain('My diary');
  expect(after.cards).toHaveLength(2);
  await page.context().close();
});

test('a copy of everything comes back on a new tablet, every record and picture the same', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const page = home;
  await page.goto(`/#/person/${plan.personId}`);
  await page.getByRole('link', { name: 'Save a copy of everything' }).click();
  await expect(page.getByText('Private cards are in the copy too.')).toBeVisible();
  await expect(page.getByText('3 cards', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'backup');
  await expectBigTargets(page, 'backup');
  await page.getByLabel('Password to lock the file (you can leave it empty)').fill('fish');
  files.backup = join(dir, 'backup.myplan');
  expect(await download(page, 'Save the copy', files.backup)).toMatch(/^Mia copy .*\.myplan$/);
  const original = await dumpDatabase(page);

  const fresh = await newTablet(browser);
  await fresh.getByRole('link', { name: 'Settings' }).click();
  await fresh.getByRole('link', { name: 'Open a copy of everything' }).click();
  await fresh.getByLabel('Choose a file').setInputFiles(files.backup);
  await fresh.getByLabel('Password', { exact: true }).fill('fish');
  await fresh.keyboard.press('Enter');
  await expect(fresh.getByText('From Mia', { exact: true })).toBeVisible();
  await expect(fresh.getByText('1 plan', { exact: true })).toBeVisible();
  await expect(fresh.getByText('3 cards', { exact: true })).toBeVisible();
  await expect(fresh.getByText('1 photo or drawing', { exact: true })).toBeVisible();
  await expectNoAxeViolations(fresh, 'restore');
  await expectBigTargets(fresh, 'restore');
  await fresh.getByRole('button', { name: 'Put Mia on this tablet' }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: "Mia's home" })).toBeVisible();

  const restored = await dumpDatabase(fresh);
  for (const store of [
    'people',
    'plans',
    'cards',
    'supporters',
    'meetings',
    'pictures',
    'recordings',
  ]) {
    expect(restored[store], store).toEqual(original[store]);
  }
  expect(original.pictures).toHaveLength(1);
  expect(JSON.stringify(restored.cards)).toContain('My diary');

  // Restoring again over the same person says plainly that it replaces what is there.
  await fresh.goto('/#/restore');
  await fresh.getByLabel('Choose a file').setInputFiles(files.backup);
  await fresh.getByLabel('Password', { exact: true }).fill('fish');
  await fresh.getByRole('button', { name: 'Open the file' }).click();
  await expect(fresh.getByText(/Mia is on this tablet already\./)).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Replace with the copy' })).toBeVisible();
  await fresh.context().close();
});

test('a corrupted file, a zip bomb and a 200 MB file are refused with a message, changing nothing', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const page = await freshTablet(browser, 'Noor');
  await page.getByRole('link', { name: 'Open a file' }).click();
  const openFile = page.url();
  await page.getByLabel('Choose a file').setInputFiles(files.open);
  await expect(page.getByText('From Mia', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await page.goto(openFile);
  await expect(page.getByRole('heading', { level: 1, name: 'Open a file' })).toBeVisible();
  const before = await dumpDatabase(page);

  const bombs = zipBombs(20);
  const cases: [string, Buffer | string, RegExp][] = [
    ['corrupted.myplan', corrupted(readFileSync(files.open)), /This file is broken\./],
    ['bomb.myplan', bombs.honest, /This file is too big\./],
    ['liar.myplan', bombs.lying, /(broken|too big)\. It cannot be opened\./],
  ];
  const huge = join(dir, 'huge.myplan');
  writeFileSync(huge, '');
  truncateSync(huge, 200 * 1024 * 1024);
  cases.push(['huge.myplan', huge, /This file is too big\./]);
  for (const [name, content, message] of cases) {
    await page
      .getByLabel(/^Choose (a|another) file$/)
      .setInputFiles(
        typeof content === 'string'
          ? content
          : { name, mimeType: 'application/zip', buffer: content },
      );
    await expect(page.getByRole('alert'), name).toHaveText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(
      page.getByRole('button', { name: /Add as a new plan|Update my plan/ }),
    ).toHaveCount(0);
  }
  expect(await dumpDatabase(page)).toEqual(before);
  await page.context().close();
});

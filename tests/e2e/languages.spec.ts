// Languages: chosen in Settings and kept; <html lang dir> follows (Arabic right-to-left);
// the picture search finds the cat in every shipped language.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, openApp } from './support/app';

function strings(language: string): { pictures: { choose: string } } {
  return JSON.parse(readFileSync(join(process.cwd(), 'locales', `${language}.json`), 'utf8'));
}

test('switching to Arabic turns the page right-to-left and is kept after a reload', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/#/');
  await expectNoAxeViolations(page, 'people in Arabic');
  // The layout is mirrored: the title's picture stands to the right of its words.
  const heading = page.getByRole('heading', { level: 1 });
  const picture = await heading.locator('img').boundingBox();
  const words = await heading.locator('span').boundingBox();
  expect(picture && words && picture.x > words.x).toBe(true);
});

test('the browser language is used on the first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Who is using My Plan?');
  await context.close();
});

test('the picture search finds the cat in every shipped language', async ({ page }) => {
  await openApp(page);
  for (const [language, label, word] of [
    ['en', 'English', 'cat'],
    ['da', 'Dansk', 'kat'],
    ['pt', 'Português', 'gato'],
    ['ar', 'العربية', 'قط'],
  ] as const) {
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: label }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto('/#/people/new');
    await page.getByRole('searchbox').fill(word);
    const grid = page.getByRole('list', { name: strings(language).pictures.choose });
    const first = grid.getByRole('button').first();
    await expect(first.locator('img'), `"${word}" in ${label}`).toHaveAttribute(
      'src',
      /\/(1f408|1f431)\.svg$/,
    );
  }
});

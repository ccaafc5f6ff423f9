// axe finds no violation on the screens of making a plan, in every shipped language: people,
// home, new plan, the board with a card, adding a card, the card screen and "How I like it".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, expectNoAxeViolations, newGoalsPlan, openApp } from './support/app';

type Strings = Record<string, Record<string, string>>;
const strings = (language: string): Strings =>
  JSON.parse(readFileSync(join(process.cwd(), 'locales', `${language}.json`), 'utf8')) as Strings;

async function chooseLanguage(page: Page, label: string, language: string) {
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: label }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const [language, label] of [
  ['en', 'English'],
  ['da', 'Dansk'],
  ['pt', 'Português'],
  ['ar', 'العربية'],
] as const) {
  test(`the plan-making screens pass axe in ${label}`, async ({ page }) => {
    // axe on four screens: long by nature on a 2-core machine.
    test.slow();
    await openApp(page);
    await addPerson(page, 'Sami');
    await newGoalsPlan(page);
    await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'Cat', colour: 'Green' });
    const board = page.url();
    const cardHref = await page.locator('.card__actions a').first().getAttribute('href');
    const addHref = await page
      .getByRole('link', { name: 'Add a card to Now' })
      .getAttribute('href');
    const personId = /#\/person\/([^/]+)\//.exec(board)?.[1] ?? '';
    await chooseLanguage(page, label, language);
    const words = strings(language);
    const screens: [string, string][] = [
      ['people', '/#/'],
      ['home', `/#/person/${personId}`],
      ['new plan', `/#/person/${personId}/new-plan`],
      ['board', new URL(board).hash ? `/${new URL(board).hash}` : '/'],
      ['card', `/${cardHref ?? ''}`],
      ['add a card', `/${addHref ?? ''}`],
      ['how I like it', `/#/person/${personId}/how-i-like-it`],
    ];
    for (const [name, address] of screens) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${name} in ${label}`);
    }
    await page.goto(`/#/person/${personId}/new-plan`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(words.newPlan?.title);
  });
}

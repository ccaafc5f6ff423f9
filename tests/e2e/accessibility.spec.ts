// axe (WCAG 2.0–2.2 A/AA) finds nothing on any screen of the first walk, in the light and the
// strong-colour theme; every target is at least 44×44 px.
import { expect, test, type Page } from '@playwright/test';
import {
  addCard,
  addPerson,
  expectBigTargets,
  expectNoAxeViolations,
  newGoalsPlan,
  openApp,
} from './support/app';

async function check(page: Page, where: string) {
  await expectNoAxeViolations(page, where);
  await expectBigTargets(page, where);
}

async function walkAndCheck(page: Page, theme: string) {
  await check(page, `people (${theme})`);
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Ola');
  await check(page, `add person (${theme})`);
  await page.getByRole('link', { name: 'Back' }).click();
  await addPerson(page, 'Ola');
  await check(page, `home (${theme})`);
  await page.getByRole('link', { name: 'New plan' }).click();
  await check(page, `new plan (${theme})`);
  await page.getByRole('link', { name: 'My home' }).click();
  await newGoalsPlan(page);
  await check(page, `empty board (${theme})`);
  await page.getByRole('link', { name: 'Add a card to Now' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('cat');
  await check(page, `add card (${theme})`);
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'My cat', colour: 'Green' });
  await check(page, `board with a card (${theme})`);
  await page.getByRole('button', { name: 'My cat', exact: true }).click();
  await check(page, `board while moving (${theme})`);
  await page.getByRole('button', { name: 'Stop moving', exact: true }).click();
  await page.goto('/#/settings');
  await check(page, `settings (${theme})`);
  await page.goto('/#/about');
  await check(page, `about (${theme})`);
}

test('every screen of the walk passes axe and has big targets, in the light theme', async ({
  page,
}) => {
  // axe on every screen of a whole walk: long by nature on a 2-core machine.
  test.slow();
  await openApp(page);
  await walkAndCheck(page, 'light');
});

test('every screen of the walk passes axe and has big targets, in strong colours', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Strong colours' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await page.goto('/#/');
  await walkAndCheck(page, 'strong colours');
});

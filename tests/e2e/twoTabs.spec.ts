// Two tabs on the same person's plan stay in step without a reload, both ways: a card added, a
// card moved, undo, "How I like it" (Helper mode, text size), a card's words and the language.
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, cardsIn, lane_, newGoalsPlan, openApp } from './support/app';

const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
const isSamePage = (page: Page) => page.evaluate(() => 'notReloaded' in window);
const textSize = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.textSize ?? '100');

test('two tabs on one plan stay in step, both ways', async ({ page, context }) => {
  await openApp(page);
  await addPerson(page, 'Tove');
  await newGoalsPlan(page);
  const board = page.url();
  const other = await context.newPage();
  await other.goto(board);
  await expect(other.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await markPage(page);
  await markPage(other);

  // Added in the first tab: the second shows it.
  await addCard(page, 'Now', {
    search: 'cat',
    picture: /^cat/,
    words: 'Feed my cat',
    colour: 'Green',
  });
  await expect.poll(() => cardsIn(other, 'Now')).toEqual(['Feed my cat']);

  // Moved in the second tab (tap, then tap): the first follows.
  await other.getByRole('button', { name: 'Feed my cat', exact: true }).click();
  await other.getByRole('button', { name: 'Put it in Next', exact: true }).click();
  await expect.poll(() => cardsIn(other, 'Next')).toEqual(['Feed my cat']);
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Feed my cat']);
  await expect(lane_(page, 'Now').locator('[data-card-id]')).toHaveCount(0);

  // Undone in the first tab: back in Now in both.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => cardsIn(other, 'Now')).toEqual(['Feed my cat']);

  // Helper mode and bigger text chosen in the second tab: the first tab's plan follows at once.
  const home = board.replace(/\/plan\/.*$/, '');
  await other.goto(`${home}/how-i-like-it`);
  await other.getByRole('radio', { name: /^Helper\b/ }).check();
  await other.getByRole('radio', { name: 'Twice as big' }).check();
  await expect.poll(() => textSize(other)).toBe('200');
  await expect.poll(() => textSize(page)).toBe('200');

  // New words on the card screen (shown in Helper mode) of the first tab: the second's plan shows them.
  await page.getByRole('link', { name: 'Open Feed my cat' }).click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill('Feed the cat');
  await other.goto(board);
  await expect.poll(() => cardsIn(other, 'Now')).toEqual(['Feed the cat']);
  // And words changed in the second tab show in the first tab's open card screen.
  await other.getByRole('link', { name: 'Open Feed the cat' }).click();
  await other.getByRole('textbox', { name: 'Words on the card' }).fill('Feed the cats');
  await expect(page.getByRole('textbox', { name: 'Words on the card' })).toHaveValue(
    'Feed the cats',
  );

  // The tablet's language chosen in the second tab: the first tab speaks it too.
  await other.goto('/#/settings');
  await other.getByRole('radio', { name: 'Dansk' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect(await isSamePage(page)).toBe(true);
  expect(await isSamePage(other)).toBe(true);
});

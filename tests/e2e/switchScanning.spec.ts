// Switch access end to end: with only Space and Enter (what a switch box sends), a person makes
// a plan, adds a card with a picture, moves it by pick-then-place, and undoes the move.
import { expect, test, type Page } from '@playwright/test';
import { addPerson, cardsIn, lane_, openApp } from './support/app';
import {
  expectStill,
  presses,
  pressWhenFocused,
  pressWhenRowHighlighted,
} from './support/scanning';

/** Setup by touch (a helper does it): choose the switches on "How I like it", then go home. */
async function chooseSwitches(page: Page, name: string, switches: string, speed?: string) {
  await addPerson(page, name);
  await page.getByRole('link', { name: 'How I like it' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${switches}`) }).check();
  if (speed) {
    await page
      .getByRole('group', { name: 'How fast the light moves' })
      .getByRole('radio', { name: speed })
      .check();
  }
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}'s home` })).toBeVisible();
}

test('one switch: make a plan, add a card, move it and undo, with presses only', async ({
  page,
}) => {
  // "Normal" (2 s a step): the press must land while the highlight is on its target, and a
  // busy 2-core CI machine can take a few hundred ms between seeing it there and pressing.
  test.setTimeout(120_000);
  await openApp(page);
  await chooseSwitches(page, 'Sam', 'One switch', 'Normal');
  presses.count = 0;
  const started = Date.now();

  // Home: the highlight walks the top bar, then "New plan".
  await pressWhenFocused(page, page.getByRole('link', { name: 'New plan' }));
  // The kinds of plan: the list, its first row, then "My goals".
  const myGoals = page.getByRole('button', { name: /^My goals/ });
  await pressWhenFocused(page, page.getByRole('list', { name: 'Kinds of plan' }));
  await pressWhenRowHighlighted(page, myGoals);
  await pressWhenFocused(page, myGoals);
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();

  // The board: the lane "Now", then its "Add a card" link.
  await pressWhenFocused(page, page.getByRole('region', { name: /^Now/ }));
  await pressWhenFocused(page, page.getByRole('link', { name: 'Add a card to Now' }));

  // The picture picker: the picture part, the grid, its first row, the first picture.
  const picturePart = page.getByRole('group', { name: 'Choose a picture' });
  await pressWhenFocused(page, picturePart);
  const grid = page.getByRole('list', { name: 'Pictures' });
  await pressWhenFocused(page, grid);
  const firstPicture = grid.getByRole('button').first();
  await pressWhenRowHighlighted(page, firstPicture);
  await pressWhenFocused(page, firstPicture);
  await expect(firstPicture).toHaveAttribute('aria-pressed', 'true');
  const words = (await firstPicture.innerText()).trim();
  // Done with the picture part (its own highlight means "go back out"), then save.
  await pressWhenFocused(page, picturePart);
  await pressWhenFocused(page, page.getByRole('button', { name: 'Save the card' }));
  await expect(lane_(page, 'Now').getByRole('button', { name: words, exact: true })).toBeVisible();

  // Move it: the lane, the card (picked up), then "Put it in Next" comes at once.
  await pressWhenFocused(page, page.getByRole('region', { name: /^Now/ }));
  await pressWhenFocused(
    page,
    lane_(page, 'Now').getByRole('button', { name: words, exact: true }),
  );
  await pressWhenFocused(page, page.getByRole('button', { name: 'Put it in Next' }));
  await expect.poll(() => cardsIn(page, 'Next')).toEqual([words]);
  expect(await cardsIn(page, 'Now')).toEqual([]);

  // Undo: the top bar, then "Undo".
  await pressWhenFocused(page, page.getByRole('banner'));
  await pressWhenFocused(page, page.getByRole('button', { name: 'Undo' }));
  await expect.poll(() => cardsIn(page, 'Now')).toEqual([words]);
  expect(await cardsIn(page, 'Next')).toEqual([]);

  const seconds = Math.round((Date.now() - started) / 1000);
  test.info().annotations.push({
    type: 'one-switch walk',
    description: `${presses.count} presses, ${seconds} s at "Normal" (2 s a step)`,
  });
});

test('two switches: nothing moves by itself; Space moves, Enter chooses', async ({ page }) => {
  test.setTimeout(45_000);
  await openApp(page);
  await chooseSwitches(page, 'Lee', 'Two switches');
  const topBar = page.getByRole('banner');
  await expect.poll(() => topBar.evaluate((el) => el === document.activeElement)).toBe(true);
  await expectStill(page, topBar, 2500);
  await page.keyboard.press('Space');
  const newPlan = page.getByRole('link', { name: 'New plan' });
  await expect(newPlan).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New plan' })).toBeVisible();
});

// Arabic is right-to-left all the way: a PATH runs from the right (now) to the left (the dream),
// its arrows point left, the arrow keys move a card the way the arrows point, and a finger drag to
// the left puts the card in the next step.
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, openApp, touchDrag } from './support/app';

const laneLists = (page: Page) => page.locator('.lane').getByRole('list');

async function laneOf(page: Page, words: string): Promise<number> {
  const count = await laneLists(page).count();
  for (let index = 0; index < count; index += 1) {
    const found = laneLists(page).nth(index).getByRole('button', { name: words, exact: true });
    if (await found.count()) return index;
  }
  return -1;
}

test('a PATH in Arabic runs right to left, and keys and fingers follow it', async ({ page }) => {
  await openApp(page);
  await addPerson(page, 'Lea');
  await page.getByRole('link', { name: 'New plan' }).click();
  await page.getByRole('button', { name: /^My path/ }).click();
  await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'Cat', colour: 'Green' });
  const board = page.url();
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto(board);

  const now = page.getByRole('heading', { level: 2, name: /^الآن/ });
  const helpers = page.getByRole('heading', { level: 2, name: /^من يساعدني/ });
  const nowBox = await now.boundingBox();
  const helpersBox = await helpers.boundingBox();
  expect(nowBox && helpersBox).toBeTruthy();
  // The second step stands to the left of the first (or below it when the screen is narrow).
  if (nowBox && helpersBox) {
    expect(helpersBox.x < nowBox.x || helpersBox.y > nowBox.y).toBe(true);
  }
  const arrow = page.locator('.path-arrow__across').first();
  await expect(arrow).toBeVisible();
  expect(await arrow.evaluate((image) => getComputedStyle(image).transform)).toBe(
    'matrix(-1, 0, 0, 1, 0, 0)',
  );

  // Keys: the left arrow goes on along the path (to the left), the right arrow goes back.
  const card = page.getByRole('button', { name: 'Cat', exact: true });
  await card.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => laneOf(page, 'Cat')).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => laneOf(page, 'Cat')).toBe(0);
  await page.keyboard.press('Escape');

  // A finger drags the card leftwards into the second step.
  await touchDrag(page, card, laneLists(page).nth(1));
  await expect.poll(() => laneOf(page, 'Cat')).toBe(1);
});

// "How I like it" in the built app: text size, letters, colours, pictures and stillness show at
// once on every screen of that person (and the tablet's own screens after it), stay after an
// offline reload, and never reach another person; the device's own "reduce motion" is followed too.
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, expectNoAxeViolations, newGoalsPlan, openApp } from './support/app';

const look = (page: Page): Promise<Record<string, string | undefined>> =>
  page.evaluate(() => {
    const html = document.documentElement;
    return {
      ...html.dataset,
      rootSize: getComputedStyle(html).fontSize,
      font: getComputedStyle(document.body).fontFamily,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

async function choose(page: Page, name: string | RegExp) {
  await page.getByRole('radio', { name }).check();
}

/** How the private switch of a card slides: its knob's transition time. */
const knobTransition = (page: Page) =>
  page
    .getByRole('checkbox', { name: 'Only for me. It is not shared.' })
    .evaluate((input) => getComputedStyle(input, '::before').transitionDuration);

test('each choice shows at once, stays offline, and is only this person’s', async ({
  page,
  context,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (/\.woff2?$/.test(request.url())) fontRequests.push(request.url());
  });
  await openApp(page);
  await addPerson(page, 'Ola');
  await newGoalsPlan(page);
  await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'My cat', colour: 'Green' });
  const board = page.url();
  const card = page.getByRole('button', { name: 'My cat', exact: true });
  const cardPicture = card.locator('.card__picture');
  await expect(cardPicture).toHaveJSProperty('offsetWidth', 56);

  await page.getByRole('link', { name: 'My home' }).click();
  await page.getByRole('link', { name: 'How I like it' }).click();
  await choose(page, 'Twice as big');
  await choose(page, /^Clear letters/);
  await choose(page, 'Calm colours');
  await choose(page, 'Bigger pictures');
  await page.getByRole('checkbox', { name: /Keep things still/ }).check();
  await expect.poll(async () => (await look(page)).textSize).toBe('200');
  expect(await look(page)).toMatchObject({
    rootSize: '32px',
    theme: 'calm',
    pictures: 'large',
    motion: 'reduce',
    background: 'rgb(241, 237, 228)',
  });
  expect((await look(page)).font).toMatch(/^"?Atkinson Hyperlegible/);
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"')))
    .toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  await expectNoAxeViolations(page, 'how I like it, calm and twice as big');

  // The board follows: bigger pictures, then pictures only (words hidden, still named).
  await page.goto(board);
  await expect(cardPicture).toHaveJSProperty('offsetWidth', 84);
  await page.goto(board.replace(/plan\/.*$/, 'how-i-like-it'));
  await choose(page, /^Pictures only/);
  await page.goto(board);
  await expect(card).toBeVisible();
  await expect(card.locator('.card__words')).toHaveJSProperty('offsetWidth', 1);
  const undo = page.getByRole('button', { name: /Undo/ });
  await expect(undo.locator('.button__label')).toHaveJSProperty('offsetWidth', 1);

  // Words only: the small pictures on buttons go; the card's own picture stays.
  await page.goto(board.replace(/plan\/.*$/, 'how-i-like-it'));
  await choose(page, /^Words only/);
  await page.goto(board);
  await expect(undo.locator('img')).toBeHidden();
  await expect(cardPicture).toBeVisible();

  // Kept on the tablet: the same after a reload with no network, from the first paint on (the
  // text size is never put back to normal for a moment while the person is read).
  await page.addInitScript(() => {
    const seen: (string | undefined)[] = [];
    (window as unknown as { textSizes: typeof seen }).textSizes = seen;
    // At this point <html> may not exist yet: watch the whole document.
    new MutationObserver(() => seen.push(document.documentElement.dataset.textSize)).observe(
      document,
      { attributes: true, subtree: true, attributeFilter: ['data-text-size'] },
    );
  });
  await context.setOffline(true);
  await page.reload();
  await expect(card).toBeVisible();
  const sizes = await page.evaluate(() => (window as unknown as { textSizes: string[] }).textSizes);
  expect(sizes.length).toBeGreaterThan(0);
  expect(
    sizes.every((size) => size === '200'),
    sizes.join(' '),
  ).toBe(true);
  expect(await look(page)).toMatchObject({
    textSize: '200',
    theme: 'calm',
    pictures: 'words',
    motion: 'reduce',
  });
  await context.setOffline(false);

  // The people screen keeps the last person's look (big text stays big on the way to choose);
  // another person has the tablet's look, not Ola's.
  await page.goto('/#/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who is using My Plan?' }),
  ).toBeVisible();
  expect((await look(page)).textSize).toBe('200');
  await addPerson(page, 'Sami');
  expect(await look(page)).toMatchObject({
    textSize: '100',
    theme: 'light',
    pictures: 'both',
    motion: 'normal',
    rootSize: '16px',
  });
});

test('nothing slides when the person or the device asks for stillness', async ({ page }) => {
  await openApp(page);
  await addPerson(page, 'Ola');
  await newGoalsPlan(page);
  await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'My cat', colour: 'Green' });
  await page.getByRole('link', { name: 'Open My cat' }).click();
  const cardAddress = page.url();
  expect(await knobTransition(page)).toBe('0.15s');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await knobTransition(page)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await knobTransition(page)).toBe('0.15s');

  await page.goto(cardAddress.replace(/card\/.*$/, 'how-i-like-it'));
  await page.getByRole('checkbox', { name: /Keep things still/ }).check();
  await page.goto(cardAddress);
  await expect(
    page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }),
  ).toBeVisible();
  expect(await knobTransition(page)).toBe('0s');
});

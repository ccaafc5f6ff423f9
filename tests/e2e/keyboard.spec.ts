// Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7): a walk that adds a person, makes a plan, adds
// cards, moves one with the arrow keys and undoes it with Tab, Shift+Tab, Enter, Space, arrows
// and Escape, never the mouse; screen readers hear each card's place and each move. Then each
// other screen: Tab reaches every control, each shows its focus, and Tab leaves the page.
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, cardsIn, lane_, newGoalsPlan, openApp, pictures } from './support/app';
import { expectFocusShown, focused, tabThroughAll, tabTo } from './support/keyboard';

/** The app's live region (what a screen reader says after an action). */
const status = (page: Page) => page.locator('[role="status"][aria-live="polite"].visually-hidden');

/** On the new-card screen: search, Enter to the pictures, choose one, write the words, save. */
async function addCardByKeys(page: Page, lane: string, search: string, words: string) {
  await tabTo(page, page.getByRole('link', { name: `Add a card to ${lane}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `New card in ${lane}` })).toBeFocused();
  await tabTo(page, page.getByRole('searchbox', { name: 'Find a picture' }));
  await page.keyboard.type(search);
  // Enter goes to the first picture found (it does not send the form).
  await page.keyboard.press('Enter');
  await expect(pictures(page).getByRole('button').first()).toBeFocused();
  await expectFocusShown(page, 'first picture found');
  await page.keyboard.press('Space');
  await expect(pictures(page).getByRole('button', { pressed: true })).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Words on the card' }), { max: 100 });
  await page.keyboard.type(words);
  await tabTo(page, page.getByRole('button', { name: 'Save the card', exact: true }));
  await page.keyboard.press('Enter');
  // Back on the board, the new card has the focus and its place is said.
  const card = lane_(page, lane).getByRole('button', { name: words, exact: true });
  await expect(card).toBeFocused();
  await expectFocusShown(page, `new card ${words}`);
}

test('keyboard only: add a person, make a plan, add and move a card, undo', async ({ page }) => {
  test.setTimeout(90_000); // about 25 s; more on a busy machine
  await openApp(page);

  // A person: name and picture.
  await tabTo(page, page.getByRole('link', { name: 'Add a person' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a person' })).toBeFocused();
  await tabTo(page, page.getByRole('textbox', { name: 'Name' }));
  await page.keyboard.type('Mia');
  await tabTo(page, page.getByRole('searchbox', { name: 'Find a picture' }));
  await page.keyboard.type('smile');
  await page.keyboard.press('Enter');
  await expect(pictures(page).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pictures(page).getByRole('button', { pressed: true })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }), { max: 100 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: "Mia's home" })).toBeFocused();

  // A plan from the "My goals" template.
  await tabTo(page, page.getByRole('link', { name: 'New plan' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: /^My goals/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeFocused();
  // Each lane says its place among the lanes.
  await expect(page.getByRole('region', { name: /^Now/ })).toHaveAccessibleName(/Column 1 of 4\.$/);

  // Two cards, one in Now and one in Next.
  await addCardByKeys(page, 'Now', 'cat', 'My cat');
  await expect(focused(page)).toHaveAccessibleDescription(/^The only card in Now\./);
  await expect(status(page)).toHaveText('My cat is saved in Now. It is the only card there.');
  await addCardByKeys(page, 'Next', 'swim', 'Swim');
  await expect(focused(page)).toHaveAccessibleDescription(/^The only card in Next\./);

  // Move "My cat": back to it, pick it up with Enter, arrows move it, Enter puts it down.
  const cat = page.getByRole('button', { name: 'My cat', exact: true });
  await tabTo(page, cat, { isBack: true });
  await page.keyboard.press('Enter');
  await expect(cat).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText('You picked My cat.');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Swim', 'My cat']);
  await expect(status(page)).toHaveText('My cat is now in Next. It is card 2 of 2.');
  await expect(cat).toBeFocused();
  await expectFocusShown(page, 'picked card after a move');
  await expect(cat).toHaveAccessibleDescription(/^Card 2 of 2 in Next\./);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['My cat', 'Swim']);
  await expect(status(page)).toHaveText('My cat is now in Next. It is card 1 of 2.');
  await expect(cat).toHaveAccessibleDescription(/^Card 1 of 2 in Next\./);
  await expect(
    lane_(page, 'Next').getByRole('button', { name: 'Swim', exact: true }),
  ).toHaveAccessibleDescription(/^Card 2 of 2 in Next\./);
  // Escape puts it down where it is now.
  await page.keyboard.press('Escape');
  await expect(cat).toHaveAttribute('aria-pressed', 'false');
  await expect(cat).toBeFocused();

  // Undo, twice, from the Undo button: the card goes back step by step; the focus stays.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await tabTo(page, undo, { isBack: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Swim', 'My cat']);
  await expect(status(page)).toHaveText('Undone. My cat is now in Next. It is card 2 of 2.');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardsIn(page, 'Now')).toEqual(['My cat']);
  await expect(status(page)).toHaveText('Undone. My cat is now in Now. It is the only card there.');
  await expect(undo).toBeFocused();
  await expectFocusShown(page, 'Undo');
  await expect(cat).toHaveAccessibleDescription(/^The only card in Now\./);

  // No trap: Tab goes through every control of the board and then out of the page.
  const { stops, hidden } = await tabThroughAll(page);
  expect(hidden).toEqual([]);
  expect(stops.length).toBeGreaterThan(10);
  expect(stops.at(-1)).toMatch(/Add a card to Done/);
});

test('each screen: Tab reaches every control, shows the focus, and leaves the page', async ({
  page,
}) => {
  test.setTimeout(90_000); // about 25 s; more on a busy machine
  await openApp(page);
  await addPerson(page, 'Noor');
  const person = /#\/person\/[^/]+/.exec(page.url())?.[0] ?? '';
  await newGoalsPlan(page);
  const board = page.url().replace(/^.*?#/, '#');
  await addCard(page, 'Now', { search: 'cat', picture: /^cat/, words: 'My cat', colour: 'Green' });
  const card = await page.getByRole('link', { name: 'Open My cat' }).getAttribute('href');
  // Helper mode: the lane tools and every part of the card show too.
  await page.goto(`/${person}/how-i-like-it`);
  await page.getByRole('radio', { name: /^Helper\b/ }).check();
  // The walk above has been through the people, new-person, new-plan and new-card screens.
  const screens = [
    '#/',
    person,
    `${person}/new-plan`,
    `${person}/how-i-like-it`,
    board,
    card ?? '',
    `${board}/share`,
    `${person}/meeting/new`,
    `${person}/progress`,
    `${person}/open`,
    `${person}/backup`,
    '#/restore',
    '#/settings',
    '#/about',
  ];
  const problems: string[] = [];
  for (const address of screens) {
    await page.goto(`/${address}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeFocused();
    const { stops, hidden } = await tabThroughAll(page);
    if (hidden.length) problems.push(`${address}: focus not shown on ${hidden.join(', ')}`);
    if (stops.length === 0) problems.push(`${address}: nothing to Tab to`);
  }
  expect(problems).toEqual([]);
});

// Steps a person takes in the app, shared by the end-to-end specs. Everything by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolationsHere } from './axe';

/** Opens the app fresh and waits until the service worker is active (precache done). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who is using My Plan?' }),
  ).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Adds a person with a name and a picture found by searching; ends on their home. */
export async function addPerson(page: Page, name: string, search = 'smile'): Promise<void> {
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill(search);
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}'s home` })).toBeVisible();
}

/** The grid of pictures in the picture picker. */
export function pictures(page: Page): Locator {
  return page.getByRole('list', { name: 'Pictures' });
}

/** Starts a plan from the "My goals" template; ends on its board. */
export async function newGoalsPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'New plan' }).click();
  await page.getByRole('button', { name: /^My goals/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
}

/** Adds a card to a lane: a library picture found by `search`, words, and a colour. */
export async function addCard(
  page: Page,
  lane: string,
  options: { search: string; picture: RegExp | string; words: string; colour: string },
): Promise<void> {
  await page.getByRole('link', { name: `Add a card to ${lane}` }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill(options.search);
  await pictures(page).getByRole('button', { name: options.picture }).first().click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill(options.words);
  await page.getByRole('radio', { name: new RegExp(`^${options.colour}`) }).check();
  await page.getByRole('button', { name: 'Save the card', exact: true }).click();
  await expect(
    lane_(page, lane).getByRole('button', { name: options.words, exact: true }),
  ).toBeVisible();
}

/** The list of cards of a lane. */
export function lane_(page: Page, name: string): Locator {
  return page.getByRole('list', { name, exact: true });
}

/** The words on the cards of a lane, in order. */
export async function cardsIn(page: Page, lane: string): Promise<string[]> {
  return lane_(page, lane).locator('[data-card-id]').allInnerTexts();
}

/** Drags with a finger: hold on `from`, move in steps to `to`, lift (touch backend). */
export async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  // Both ends must be on screen: a finger cannot reach past the edge of the glass.
  await to.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('nothing to drag');
  const session = await page.context().newCDPSession(page);
  const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
  await page.waitForTimeout(400); // longer than the hold that starts a touch drag
  for (let i = 1; i <= 10; i += 1) {
    const point = {
      x: start.x + ((end.x - start.x) * i) / 10,
      y: start.y + ((end.y - start.y) * i) / 10,
    };
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    await page.waitForTimeout(30);
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/** Runs axe with the WCAG 2.0–2.2 A/AA rules and expects no violation (axe runs in the page). */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await expectNoAxeViolationsHere(page, where);
}

/** Every visible button, link and form control is at least 44×44 CSS px (WCAG 2.5.8, our bar). */
export async function expectBigTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type=radio]), label:has(input[type=radio]), select';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
  expect(small, `small targets on ${where}`).toEqual([]);
}

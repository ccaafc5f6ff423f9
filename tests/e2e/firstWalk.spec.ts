// The first walk: add a person, make a "My goals" plan, add a card from the picture library,
// move it by mouse drag, touch drag, tap-then-tap and keyboard, undo, and find it all offline.
import { expect, test } from '@playwright/test';
import {
  addCard,
  addPerson,
  cardsIn,
  lane_,
  newGoalsPlan,
  openApp,
  touchDrag,
} from './support/app';

test('a person makes a plan and moves a card every way, and it is all there offline', async ({
  page,
  context,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== 'localhost') foreign.push(request.url());
  });

  await openApp(page);
  await addPerson(page, 'Mia');
  await newGoalsPlan(page);
  for (const lane of ['Now', 'Next', 'Later', 'Done']) {
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${lane}`) }),
    ).toBeVisible();
  }
  await addCard(page, 'Now', {
    search: 'cat',
    picture: /^cat/,
    words: 'Feed my cat',
    colour: 'Green',
  });
  await addCard(page, 'Now', {
    search: 'swim',
    picture: /swim/,
    words: 'Go swimming',
    colour: 'Blue',
  });
  expect(await cardsIn(page, 'Now')).toEqual(['Feed my cat', 'Go swimming']);

  // Mouse: drag "Feed my cat" to Next (both on screen first, as a person would see them).
  await lane_(page, 'Next').evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.getByRole('button', { name: 'Feed my cat', exact: true }).dragTo(lane_(page, 'Next'));
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Feed my cat']);

  // Finger: drag it on to Later.
  await touchDrag(
    page,
    page.getByRole('button', { name: 'Feed my cat', exact: true }),
    lane_(page, 'Later'),
  );
  await expect.poll(() => cardsIn(page, 'Later')).toEqual(['Feed my cat']);

  // Tap, then tap: pick the card, put it in Done.
  await page.getByRole('button', { name: 'Feed my cat', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Feed my cat', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Put it in Done', exact: true }).click();
  await expect.poll(() => cardsIn(page, 'Done')).toEqual(['Feed my cat']);

  // Keyboard: pick "Go swimming" with Enter, move it one lane on, put it down.
  await page.getByRole('button', { name: 'Go swimming', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Go swimming', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cardsIn(page, 'Next')).toEqual(['Go swimming']);
  await expect(page.getByRole('button', { name: 'Go swimming', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');

  // One tap undoes the last move.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => cardsIn(page, 'Now')).toEqual(['Go swimming']);
  await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toBeAttached();

  // No network at all: reload and everything is where it was.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  expect(await cardsIn(page, 'Now')).toEqual(['Go swimming']);
  expect(await cardsIn(page, 'Done')).toEqual(['Feed my cat']);
  const picture = page.getByRole('button', { name: 'Feed my cat', exact: true }).locator('img');
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await page.getByRole('link', { name: 'My home' }).click();
  await expect(page.getByRole('link', { name: 'My goals' })).toBeVisible();
  await page.getByRole('link', { name: 'Change person' }).click();
  await expect(page.getByRole('link', { name: 'Mia' })).toBeVisible();
  await context.setOffline(false);

  expect(foreign).toEqual([]);
});

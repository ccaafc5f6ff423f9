// Removing a person from Settings, end to end: the reminder to save a copy goes once a copy is
// saved; the question shows what will go; the person is gone from "Who is using My Plan?" at once;
// Undo (kept while moving around My Plan) brings them and their plan back; and once the undo
// window has passed they stay gone, also after a reload.
import { expect, test, type Page } from '@playwright/test';
import { addPerson, expectNoAxeViolations, newGoalsPlan, openApp } from './support/app';
import { findOverflow, NARROW_ALLOWED } from './support/reflow';

/** This browser may clear the data (as many do): the reminder to save a copy applies. */
async function notKeptSafe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    storage.persisted = () => Promise.resolve(false);
    storage.persist = () => Promise.resolve(false);
  });
}

async function goTo(page: Page, hash: string, heading: string): Promise<void> {
  // Moving inside My Plan (no reload), as a link would.
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function removeMia(page: Page): Promise<void> {
  await goTo(page, '#/settings', 'Settings');
  await page.getByRole('link', { name: 'Remove Mia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Remove Mia?' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Mia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Mia was removed from this tablet.', { exact: true })).toBeVisible();
}

/** Nothing is cut off or sticks out at 320 px wide (400 % zoom); then back to the tablet. */
async function expectReflow(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await findOverflow(page, NARROW_ALLOWED), `overflow on ${where}`).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
}

function people(page: Page) {
  return page.getByRole('list', { name: 'People' });
}

test('a person is removed from Settings, can be brought back, and is gone after the undo time', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await notKeptSafe(page);
  await openApp(page);
  await addPerson(page, 'Mia');
  const personId = /#\/person\/([^/]+)/.exec(page.url())?.[1] ?? '';
  await newGoalsPlan(page);

  await goTo(page, `#/person/${personId}`, "Mia's home");
  const reminder = page.getByRole('region', { name: 'Save a copy of your plans' });
  await expect(reminder).toBeVisible();
  await expectReflow(page, 'home with the reminder');
  await reminder.getByRole('link', { name: 'Save a copy' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the copy', exact: true }).click();
  await saved;
  await goTo(page, `#/person/${personId}`, "Mia's home");
  await expect(page.getByRole('link', { name: /My goals/ })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await goTo(page, '#/settings', 'Settings');
  await expect(
    page.getByText('The tablet may remove your plans when it needs space.'),
  ).toBeVisible();
  await expect(page.getByText(/^Space used: /)).toBeVisible();
  await expect(page.getByText('Last copy: today')).toBeVisible();
  await page.getByRole('link', { name: 'Remove Mia' }).click();
  await expect(page.getByText('1 plan', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'remove a person');
  await expectReflow(page, 'remove a person');
  await page.getByRole('button', { name: 'Remove Mia' }).click();
  await expect(page.getByText('Mia was removed from this tablet.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'settings with undo');
  await expectReflow(page, 'settings with undo');

  await goTo(page, '#/', 'Who is using My Plan?');
  await expect(people(page).getByRole('link', { name: 'Mia' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(people(page).getByRole('link', { name: 'Mia' })).toBeVisible();
  await people(page).getByRole('link', { name: 'Mia' }).click();
  await expect(page.getByRole('link', { name: /My goals/ })).toBeVisible();

  await removeMia(page);
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.reload();
  await goTo(page, '#/', 'Who is using My Plan?');
  await expect(page.getByText('Nobody is here yet. Add a person to start.')).toBeVisible();
});

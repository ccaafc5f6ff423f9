// Shared tablet: Ana chooses a picture code; My Plan locks when she leaves (hidden page, idle
// time, another person), and then none of her words or pictures stay in the page, the
// accessibility tree, the title or the live region. 5 wrong tries make her wait (also after a
// reload); a helper's removal of a forgotten code is shown to her on her home.
import { expect, test, type Page } from '@playwright/test';
import { addPerson, expectBigTargets, lane_, newGoalsPlan, pictures } from './support/app';
import { expectNoAxeViolationsHere } from './support/axe';
import { smallPhoto } from './support/sharing';

const PHOTO_CARD = 'Ride my bike';
const CARD = 'Swim with Mia';
/** Ana's own words: her card words and her plan's title. */
const ANA_WORDS = [PHOTO_CARD, CARD, 'My goals'];
const CODE = ['Cat', 'Apple', 'Sun'];
const LOCKED = 'My plans are locked';

async function photoCard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Add a card to Now' }).click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill(PHOTO_CARD);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a photo' }).click();
  const photo = await smallPhoto(page);
  await (await chooser).setFiles({ name: 'bike.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.locator('.picture-picker__current img[src^="blob:"]')).toBeVisible();
  await page.getByRole('button', { name: 'Save the card' }).click();
  await expect(
    lane_(page, 'Now').getByRole('button', { name: PHOTO_CARD, exact: true }),
  ).toBeVisible();
}

async function wordsCard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Add a card to Next' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('swim');
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill(CARD);
  await page.getByRole('button', { name: 'Save the card' }).click();
  await expect(lane_(page, 'Next').getByRole('button', { name: CARD, exact: true })).toBeVisible();
}

async function tap(page: Page, names: string[]): Promise<void> {
  const pad = page.getByRole('list', { name: 'Pictures of the code' });
  for (const name of names) await pad.getByRole('button', { name, exact: true }).click();
}

async function expectLocked(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
}

/** Nothing of Ana's plans anywhere: text, accessibility tree, title, live region, photos. */
async function expectNothingOfAna(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    innerText: document.body.innerText,
    textContent: document.body.textContent ?? '',
    title: document.title,
    live: [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')]
      .map((region) => region.textContent)
      .join(' '),
    blobs: [...document.images].filter((image) => image.src.startsWith('blob:')).length,
    dialogs: document.querySelectorAll('dialog, [role=dialog], [role=alertdialog]').length,
  }));
  const tree = await page.locator('body').ariaSnapshot();
  for (const words of ANA_WORDS) {
    for (const [part, text] of Object.entries({ ...found, tree })) {
      if (typeof text === 'string') expect(text, `${where}: ${part}`).not.toContain(words);
    }
  }
  expect(found.blobs, `${where}: photos`).toBe(0);
  expect(found.dialogs, `${where}: dialogs`).toBe(0);
}

async function setHidden(page: Page, isHidden: boolean): Promise<void> {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', {
      value: hidden ? 'hidden' : 'visible',
      configurable: true,
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, isHidden);
}

/** Goes to the address of `url` in this page, as a link does (no reload: nothing locks). */
async function go(page: Page, url: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(url).hash);
}

/** Ana's board, with her photo card shown (a blob: picture). */
async function openBoard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(page.locator('img[src^="blob:"]').first()).toBeVisible();
}

/** Bo (no code), then Ana with "My goals" and a photo card; ends on Ana's board. */
async function twoPeople(
  page: Page,
): Promise<{ boHome: string; anaHome: string; anaBoard: string }> {
  // No wait for the service worker: nothing here needs to work offline.
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who is using My Plan?' }),
  ).toBeVisible();
  await addPerson(page, 'Bo');
  const boHome = page.url();
  await page.getByRole('link', { name: 'Change person' }).click();
  await addPerson(page, 'Ana');
  const anaHome = page.url();
  await newGoalsPlan(page);
  const anaBoard = page.url();
  await photoCard(page);
  return { boHome, anaHome, anaBoard };
}

test('a picture code keeps Ana’s plans for her on a shared tablet', async ({ page }) => {
  await page.clock.install();
  const { boHome, anaHome, anaBoard } = await twoPeople(page);

  await test.step('Ana chooses her code and 1 minute', async () => {
    await go(page, anaHome);
    await page.getByRole('link', { name: 'My picture code' }).click();
    await page.getByRole('button', { name: 'Choose a picture code' }).click();
    await tap(page, CODE);
    await expect(page.getByText('Tap the same 3 pictures again.')).toBeVisible();
    await expectNoAxeViolationsHere(page, 'choosing a picture code');
    await expectBigTargets(page, 'choosing a picture code');
    await tap(page, CODE);
    await expect(page.getByText('Your plans are locked with a picture code.')).toBeVisible();
    await page.getByRole('radio', { name: '1 minute', exact: true }).check();
    await expectNoAxeViolationsHere(page, 'my picture code');
  });

  await test.step('hidden: locked at once, nothing of Ana left', async () => {
    await go(page, anaBoard);
    await openBoard(page);
    // The card saved just now is spoken by the live region: its words are there.
    await wordsCard(page);
    await expect(page.locator('[aria-live]')).toContainText(CARD);
    await setHidden(page, true);
    await expectLocked(page);
    await expectNothingOfAna(page, 'locked when hidden');
    await setHidden(page, false);
    await expectNoAxeViolationsHere(page, 'lock screen');
    await expectBigTargets(page, 'lock screen');
  });

  await test.step('5 wrong tries: a wait, kept after a reload', async () => {
    for (let i = 0; i < 5; i += 1) {
      await tap(page, ['Dog', 'Dog', 'Dog']);
      await expect(page.getByText('Tapped: 0 of 3.')).toBeVisible();
    }
    await expect(page.getByText('There were too many wrong tries.')).toBeVisible();
    await expect(page.getByText('Please wait 1 minute.')).toBeVisible();
    await page.reload();
    await expect(page.getByText(/^Please wait \d+ minutes?\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cat', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expectNoAxeViolationsHere(page, 'lock screen, waiting');
    await page.clock.fastForward('03:00');
    await expect(page.getByText('There were too many wrong tries.')).toBeHidden();
    await tap(page, CODE);
    await openBoard(page);
  });

  await test.step('idle for 1 minute: locked', async () => {
    await page.clock.fastForward('01:01');
    await expectLocked(page);
    await expectNothingOfAna(page, 'locked when idle');
  });

  await test.step('another person: Ana locked, nothing of hers left', async () => {
    await tap(page, CODE);
    await expect(
      lane_(page, 'Next').getByRole('button', { name: CARD, exact: true }),
    ).toBeVisible();
    await go(page, boHome);
    await expect(page.getByRole('heading', { level: 1, name: "Bo's home" })).toBeVisible();
    await expectNothingOfAna(page, 'Bo after Ana');
    await go(page, anaBoard);
    await expectLocked(page);
    await go(page, `${boHome}/plan/${anaBoard.split('/plan/')[1] ?? ''}`);
    await expect(page.getByText('This is not in your plans.')).toBeVisible();
    await expectNothingOfAna(page, "Ana's plan at Bo's address");
  });

  await test.step('a helper removes the forgotten code; Ana is told', async () => {
    await go(page, anaHome);
    await expectLocked(page);
    await page.getByRole('button', { name: 'I am a helper: remove the code' }).click();
    await expect(page.getByText('Ana will see a message about it.')).toBeVisible();
    await expectNoAxeViolationsHere(page, 'helper removes the code');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Lars');
    await page.getByRole('button', { name: 'Remove the code' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Ana's home" })).toBeVisible();
    await expect(page.getByText(/^A helper removed your picture code on /)).toBeVisible();
    await expect(page.getByText('The helper was Lars.')).toBeVisible();
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(page.getByText('The helper was Lars.')).toBeHidden();
    await page.getByRole('link', { name: 'My picture code' }).click();
    await expect(
      page.getByRole('region', { name: 'When a helper removed my picture code' }),
    ).toContainText('Lars');
  });
});

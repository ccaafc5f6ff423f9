// A card carries the person's own voice: recorded with the microphone (a fake one here), stored,
// played back when the tablet cannot read aloud; "Listen" on the board reads the card's words;
// deleting a card asks nothing and the board offers Undo. In "Me" mode the card screen is simple.
import { expect, test, type Page } from '@playwright/test';
import { addCard, addPerson, cardsIn, newGoalsPlan, openApp } from './support/app';
import { FAKE_MICROPHONE, deleteSpeech, spokenIn, stubSpeech } from './support/voice';

test.use(FAKE_MICROPHONE);

/** A person, a "My goals" plan and a card "Feed my cat" in Now; ends on the board. */
async function boardWithCat(page: Page) {
  await openApp(page);
  await addPerson(page, 'Ada');
  await newGoalsPlan(page);
  await addCard(page, 'Now', {
    search: 'cat',
    picture: /^cat/,
    words: 'Feed my cat',
    colour: 'Green',
  });
}

test('"Listen" on the board reads a card aloud in the person\'s language', async ({ page }) => {
  await stubSpeech(page);
  await boardWithCat(page);
  await page.getByRole('button', { name: 'Listen: Feed my cat' }).click();
  await expect
    .poll(() => spokenIn(page))
    .toContainEqual(expect.objectContaining({ text: 'Feed my cat' }));
  await page.getByRole('button', { name: 'Listen: Now' }).click();
  await expect.poll(async () => (await spokenIn(page)).map((u) => u.text)).toContain('Now');
});

test('a recorded voice is kept on the card and plays when the tablet cannot read aloud', async ({
  page,
  context,
}) => {
  await deleteSpeech(page);
  await boardWithCat(page);
  await page.getByRole('link', { name: 'Open Feed my cat' }).click();
  await page.getByRole('button', { name: 'Record my voice' }).click();
  await expect(page.getByText(/Recording: \d+ second/)).toBeVisible();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByText('Your voice is saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play my voice' })).toBeVisible();

  // Offline, after a reload, the recording is still on the card.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Play my voice' })).toBeVisible();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.getByText('You hear the recorded voice.').first()).toBeVisible();
  await context.setOffline(false);
});

test('deleting a card asks nothing, and Undo on the board brings it back', async ({ page }) => {
  await boardWithCat(page);
  await page.getByRole('link', { name: 'Open Feed my cat' }).click();
  // "Me" mode: looking, listening, steps and faces — no word or date editing.
  await expect(page.getByRole('region', { name: 'When', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete the card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(page.getByRole('main').getByText('The card Feed my cat is removed.')).toBeVisible();
  expect(await cardsIn(page, 'Now')).toEqual([]);
  await page.getByRole('main').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => cardsIn(page, 'Now')).toEqual(['Feed my cat']);
  await expect(page.getByRole('main').getByText('The card Feed my cat is removed.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect.poll(() => cardsIn(page, 'Now')).toEqual([]);
});

// "How I like it": the speed and mode are kept after a reload; the screen passes axe in English
// and Arabic; "Listen" reads the sample with the chosen voice and speed (a stubbed speechSynthesis
// records what it is asked), and says plainly when the browser cannot read aloud at all.
import { expect, test, type Page } from '@playwright/test';
import { addPerson, expectBigTargets, expectNoAxeViolations, openApp } from './support/app';
import { FAKE_MICROPHONE, deleteSpeech, spokenIn, stubSpeech } from './support/voice';

test.use(FAKE_MICROPHONE);

const SAMPLE = 'Hello. This is how I read aloud.';

async function openHowILikeIt(page: Page): Promise<void> {
  await openApp(page);
  await addPerson(page, 'Ada');
  await page.getByRole('link', { name: 'How I like it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How I like it' })).toBeVisible();
}

test('the speed and the mode are kept after a reload', async ({ page }) => {
  await openHowILikeIt(page);
  await expect(
    page.getByRole('group', { name: 'How fast it reads' }).getByRole('radio', { name: 'Normal' }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Me\b/ })).toBeChecked();
  await page
    .getByRole('group', { name: 'How fast it reads' })
    .getByRole('radio', { name: 'Slow' })
    .check();
  await page.getByRole('radio', { name: /^Helper\b/ }).check();
  await expect(page.getByText('Saved.')).toBeAttached();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'How fast it reads' }).getByRole('radio', { name: 'Slow' }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Helper\b/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Me\b/ })).not.toBeChecked();
  await expectNoAxeViolations(page, 'how I like it');
  await expectBigTargets(page, 'how I like it');
});

test('the screen is accessible in Arabic, right to left', async ({ page }) => {
  await openHowILikeIt(page);
  const address = page.url();
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'العربية' }).check();
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'كما أحب' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('radio', { name: 'بطيء' }).check();
  await expect(page.getByRole('radio', { name: 'بطيء' })).toBeChecked();
  await expectNoAxeViolations(page, 'how I like it in Arabic');
  await expectBigTargets(page, 'how I like it in Arabic');
});

test('"Listen" reads the sample with the chosen voice and speed', async ({ page }) => {
  await stubSpeech(page);
  await openHowILikeIt(page);
  await page
    .getByRole('group', { name: 'How fast it reads' })
    .getByRole('radio', { name: 'Slow' })
    .check();
  await page.getByRole('button', { name: "Listen to the tablet's voice" }).click();
  // The tablet's voice is the best English one: on the tablet (Emma), not online (Oliver).
  await expect
    .poll(() => spokenIn(page))
    .toEqual([{ text: SAMPLE, lang: 'en', rate: 0.75, voiceURI: 'test:emma' }]);

  await page.getByRole('radio', { name: 'Oliver' }).check();
  await page
    .getByRole('group', { name: 'How fast it reads' })
    .getByRole('radio', { name: 'Fast' })
    .check();
  await page.getByRole('button', { name: 'Listen to Oliver' }).click();
  await expect
    .poll(async () => (await spokenIn(page)).at(-1))
    .toEqual({ text: SAMPLE, lang: 'en', rate: 1.25, voiceURI: 'test:oliver' });
  await expect(page.getByText('cannot read aloud')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Oliver' })).toBeChecked();
  await expectNoAxeViolations(page, 'how I like it with voices');
});

test('"Listen" says plainly when the browser cannot read aloud', async ({ page }) => {
  await deleteSpeech(page);
  await openHowILikeIt(page);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await page.getByRole('button', { name: "Listen to the tablet's voice" }).click();
  // Shown next to the button (the live region holds a hidden copy for screen readers).
  await expect(page.getByRole('main').getByText('This tablet cannot read aloud.')).toBeVisible();
  await expect(page.locator('[aria-live="polite"]')).toContainText(
    'This tablet cannot read aloud.',
  );
  await expectNoAxeViolations(page, 'how I like it without speech');
});

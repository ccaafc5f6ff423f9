// The card screen: steps (ticked, moved by keyboard), a helper, a date, an answer and the private
// switch are all stored and still there after an offline reload; axe and big targets pass in
// English and Arabic, and in the high-contrast theme.
import { expect, test } from '@playwright/test';
import { expectBigTargets, expectNoAxeViolations, touchDrag } from './support/app';
import { addStep, openNewCard, section, storedCard } from './support/cardScreen';

test('everything about a card is kept, also after an offline reload', async ({ page, context }) => {
  const { cardId } = await openNewCard(page);

  await addStep(page, 'Buy a towel');
  await addStep(page, 'Go to the pool');
  const steps = section(page, 'Steps');
  await steps.getByRole('checkbox', { name: 'Buy a towel' }).check();
  const pool = steps.getByRole('group', { name: 'Go to the pool' });
  await pool.getByRole('button', { name: 'Move', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Step 1 of 2: Go to the pool.')).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(pool.getByRole('button', { name: 'Move', exact: true })).toBeFocused();

  const helpers = section(page, 'Who helps me');
  await helpers.getByRole('button', { name: 'Add a person who helps' }).click();
  await helpers.getByRole('textbox', { name: 'Name' }).fill('Lars');
  await helpers.getByRole('button', { name: 'Save' }).click();
  await expect(helpers.getByRole('button', { name: 'Lars' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const when = section(page, 'When');
  await when.getByLabel('Date').fill('2030-01-07');
  await expect(when.getByText('Monday')).toBeVisible();

  await section(page, 'How is it going?').getByRole('radio', { name: 'Good', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }).check();

  await expect
    .poll(async () => {
      const card = await storedCard(page, cardId);
      return card && [card.when, (card.ratings as unknown[] | undefined)?.length, card.isPrivate];
    })
    .toEqual(['2030-01-07', 1, true]);
  await expectNoAxeViolations(page, 'card screen');
  await expectBigTargets(page, 'card screen');

  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Swim' })).toBeVisible();
  const reloaded = section(page, 'Steps');
  expect(await reloaded.locator('.step__words').allInnerTexts()).toEqual([
    'Go to the pool',
    'Buy a towel',
  ]);
  await expect(reloaded.getByRole('checkbox', { name: 'Buy a towel' })).toBeChecked();
  await expect(reloaded.getByRole('checkbox', { name: 'Go to the pool' })).not.toBeChecked();
  await expect(section(page, 'Who helps me').getByRole('button', { name: 'Lars' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(section(page, 'When').getByLabel('Date')).toHaveValue('2030-01-07');
  await expect(section(page, 'When').getByText('Monday')).toBeVisible();
  await expect(section(page, 'How is it going?').getByText(/^Last answer: Good /)).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }),
  ).toBeChecked();
  await context.setOffline(false);
});

test('the card screen passes axe in Arabic and in the high-contrast theme', async ({ page }) => {
  const { address } = await openNewCard(page);
  await addStep(page, 'Buy a towel');
  await section(page, 'How is it going?').getByRole('radio', { name: 'Good', exact: true }).check();
  await section(page, 'When').getByLabel('Date').fill('2030-01-07');
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'العربية' }).check();
  await page.goto(address);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'بطاقتي' })).toBeVisible();
  await expect(page.getByText('الاثنين')).toBeVisible();
  await expectNoAxeViolations(page, 'card screen in Arabic');
  await expectBigTargets(page, 'card screen in Arabic');

  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'ألوان قوية' }).check();
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'بطاقتي' })).toBeVisible();
  await expectNoAxeViolations(page, 'card screen in Arabic, high contrast');
});

test('steps move by mouse drag and by finger drag, and stay in that order', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'the drags are the same on both sizes');
  const { cardId } = await openNewCard(page);
  for (const words of ['Pack a bag', 'Take the bus', 'Swim a lap']) await addStep(page, words);
  const steps = section(page, 'Steps');
  const item = (words: string) => steps.getByRole('listitem').filter({ hasText: words });
  const order = () => steps.locator('.step__words').allInnerTexts();

  // A mouse drag that Chromium never starts (about 1 run in 8 under load, in builds old and new)
  // is tried again: the drop is idempotent (Swim before Pack stays so), so a broken drag still
  // fails here, and a wrong order too.
  await expect(async () => {
    await item('Swim a lap').dragTo(item('Pack a bag'));
    await expect
      .poll(order, { timeout: 4_000 })
      .toEqual(['Swim a lap', 'Pack a bag', 'Take the bus']);
  }).toPass({ timeout: 20_000 });

  await touchDrag(page, item('Swim a lap').locator('.step__words'), page.locator('.steps__end'));
  await expect.poll(order).toEqual(['Pack a bag', 'Take the bus', 'Swim a lap']);
  await expect
    .poll(async () => {
      const card = await storedCard(page, cardId);
      const stored = (card?.steps ?? []) as { words: string; order: string }[];
      return [...stored].sort((a, b) => (a.order < b.order ? -1 : 1)).map((s) => s.words);
    })
    .toEqual(['Pack a bag', 'Take the bus', 'Swim a lap']);
});

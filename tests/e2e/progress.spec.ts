// Progress: a goal rated twice on its card screen and moved on the board tells its story on
// "My progress" → the goal: put in Now, a face, moved to Next, another face; a chart with its text
// alternative. Both progress screens pass axe and have big targets.
import { expect, test, type Page } from '@playwright/test';
import { expectBigTargets, expectNoAxeViolations, lane_ } from './support/app';
import { openNewCard, section } from './support/cardScreen';

async function rate(page: Page, face: string): Promise<void> {
  const rating = section(page, 'How is it going?');
  await rating.getByRole('radio', { name: face, exact: true }).check();
  await expect(rating.getByText(new RegExp(`^Last answer: ${face} `))).toBeVisible();
}

async function reopenSwim(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Open Swim' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Swim' })).toBeVisible();
}

test('a goal rated and moved shows its timeline and chart on My progress', async ({ page }) => {
  // A whole walk (plan, card, two visits, a move, two screens with axe) on a 2-core machine.
  test.setTimeout(60_000);
  const { personId, cardId } = await openNewCard(page);

  // Rated twice (two visits: a change of mind on one visit corrects the answer instead).
  await rate(page, 'Bad');
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await reopenSwim(page);
  await rate(page, 'Good');

  // Moved to Next on the board: tap the card, tap the lane.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('button', { name: 'Swim', exact: true }).click();
  await page.getByRole('button', { name: 'Put it in Next', exact: true }).click();
  await expect(
    lane_(page, 'Next').getByRole('button', { name: 'Swim', exact: true }),
  ).toBeVisible();

  // My home → My progress: the goal with its last face.
  await page.getByRole('link', { name: 'My home' }).click();
  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  const goal = page
    .getByRole('list', { name: 'My goals', exact: true })
    .getByRole('link', { name: 'Swim Last answer: Good' });
  await expect(goal).toBeVisible();
  await expect(page.getByText('No meetings yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'progress screen');
  await expectBigTargets(page, 'progress screen');

  // The goal: its story in pictures and words, oldest first, and the chart.
  await goal.click();
  expect(page.url()).toContain(`#/person/${personId}/progress/${cardId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'My goal over time' })).toBeVisible();
  const events = page.getByRole('list', { name: 'What happened' }).getByRole('listitem');
  await expect(events).toHaveCount(4);
  await expect(events.nth(0)).toContainText('Put in Now');
  await expect(events.nth(1)).toContainText('How it was going: Bad');
  await expect(events.nth(2)).toContainText('How it was going: Good');
  await expect(events.nth(3)).toContainText('Moved from Now to Next');
  const today = new Intl.DateTimeFormat('en', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(Date.now());
  await expect(events.nth(3)).toContainText(today);

  const chart = page.getByRole('img', { name: 'Chart of how it is going over time' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle')).toHaveCount(2);
  const inWords = page.getByRole('list', { name: 'The chart in words' }).getByRole('listitem');
  await expect(inWords).toHaveText([`${today}: Bad`, `${today}: Good`]);
  await expectNoAxeViolations(page, 'goal progress screen');
  await expectBigTargets(page, 'goal progress screen');

  // To the card and back by its own "My progress" link.
  await page.getByRole('link', { name: 'Open the card' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Swim' })).toBeVisible();
  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goal over time' })).toBeVisible();
});

// A whole meeting led by the person: set up with a new social worker, the plan shown one card at
// a time (buttons and keys), a rating on the ladder, an agreed action that lands on the board, and
// a helper's note only after a yes. Axe and big targets on the setup and meeting screens, also
// on a phone-sized screen.
import { expect, test } from '@playwright/test';
import { expectBigTargets, expectNoAxeViolations, pictures } from './support/app';
import {
  addParticipant,
  cardIdOf,
  ladder,
  meetingIds,
  participant,
  personWithPlan,
  shownCard,
  storedRecord,
  swipe,
} from './support/meeting';

test('a meeting: who takes part, one card at a time, rate, agree an action, a note after yes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await personWithPlan(page);

  // Setup: a new social worker, all plans ticked.
  await page.getByRole('link', { name: 'Start a meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a meeting' })).toBeVisible();
  await addParticipant(page, 'Lars', 'Social worker');
  await expect(participant(page, 'Lars')).toContainText('Social worker');
  await expect(
    page.getByRole('list', { name: 'Plans to look at' }).getByRole('button', { name: 'My goals' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'meeting setup');
  await expectBigTargets(page, 'meeting setup');
  await page.getByRole('button', { name: 'Start the meeting' }).click();

  // The meeting: the whole plan first, no app bar.
  await expect(page.getByRole('heading', { level: 1, name: "Ada's meeting" })).toBeVisible();
  const { meetingId } = meetingIds(page);
  expect(meetingId).toBeTruthy();
  await expect(page.getByRole('button', { name: 'Whole plan' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const swimId = await cardIdOf(page, 'Now', 'Swim');
  await expectNoAxeViolations(page, 'meeting, whole plan');
  await expectBigTargets(page, 'meeting, whole plan');

  // One card at a time, with the buttons and with the arrow keys.
  await page.getByRole('button', { name: 'One card at a time' }).click();
  await expect(shownCard(page, 'Swim')).toBeVisible();
  await expect(page.getByText('Card 1 of 3', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(shownCard(page, 'Cook')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(shownCard(page, 'Read')).toBeVisible();
  await expect(page.getByText('Card 3 of 3', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(shownCard(page, 'Cook')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(shownCard(page, 'Swim')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // A swipe works too (a finger to the left brings the next card), but is never the only way.
  await swipe(page, shownCard(page, 'Swim'), -200);
  await expect(shownCard(page, 'Cook')).toBeVisible();
  await swipe(page, shownCard(page, 'Cook'), 200);
  await expect(shownCard(page, 'Swim')).toBeVisible();

  // The ladder: now 2, where I want it 4 (a change of mind replaces, never piles up).
  await ladder(page, 'now').getByRole('radio', { name: '3 OK' }).check();
  await ladder(page, 'now').getByRole('radio', { name: '2 Bad' }).check();
  await ladder(page, 'wish').getByRole('radio', { name: '4 Good' }).check();
  await expect
    .poll(async () => (await storedRecord(page, 'cards', swimId))?.ratings)
    .toEqual([{ value: 2, wish: 4, meetingId, at: expect.any(Number) }]);
  await expectNoAxeViolations(page, 'meeting, one card');
  await expectBigTargets(page, 'meeting, one card');

  // A note: nothing before the person says yes; "no" writes nothing; "yes" opens the field.
  await page.getByRole('button', { name: 'A helper wants to write a note' }).click();
  await expect(page.getByText('May Lars write a note on this card?')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByText('OK. No note is written.')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'A helper wants to write a note' }).click();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Note from Lars' })
    .fill('Ada wants to swim on Tuesdays.');
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Notes on this card' })
      .getByText('Ada wants to swim on Tuesdays.'),
  ).toBeVisible();
  await expect
    .poll(async () => ((await storedRecord(page, 'cards', swimId))?.notes as unknown[])?.length)
    .toBe(1);

  // An action: what, who helps, by when → a card on the board at once, and in the meeting.
  await page.getByRole('button', { name: 'Agree an action' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('doctor');
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'What will happen?' }).fill('See the doctor');
  await page
    .getByRole('list', { name: 'People who help' })
    .getByRole('button', { name: /^Lars/ })
    .click();
  await page.getByLabel('Date').fill('2030-03-01');
  await expect(page.getByText('Friday')).toBeVisible();
  await expectNoAxeViolations(page, 'meeting, agree an action');
  await page.getByRole('button', { name: 'Put it on the plan' }).click();
  const action = page
    .getByRole('list', { name: 'Now', exact: true })
    .getByRole('button', { name: /^See the doctor/ });
  await expect(action).toBeFocused();
  await expect(action).toContainText('Agreed today');
  const actionId = (await action.getAttribute('data-card-id')) ?? '';
  const meeting = await storedRecord(page, 'meetings', meetingId);
  expect(meeting?.actionCardIds).toEqual([actionId]);
  const card = await storedRecord(page, 'cards', actionId);
  expect(card).toMatchObject({ words: 'See the doctor', when: '2030-03-01' });
  expect(card?.helperIds).toHaveLength(1);

  // Full screen where the browser has it; and the end of the meeting is one tap away.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await page.getByRole('button', { name: 'End the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How was the meeting?' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ada's meeting" })).toBeVisible();

  // On a phone: still big, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'One card at a time' }).click();
  await expect(shownCard(page, 'Swim')).toBeVisible();
  await expectBigTargets(page, 'meeting on a phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // In Arabic (right to left) with strong colours: the same card, still no axe violation.
  const address = page.url();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Strong colours' }).check();
  await page.getByRole('radio', { name: 'العربية' }).check();
  await page.goto(address);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(shownCard(page, 'Swim')).toBeVisible();
  await expect(page.getByText('البطاقة 1 من 4', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'meeting, one card, Arabic, strong colours');
});

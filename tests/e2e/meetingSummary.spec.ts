// The end of a meeting, walked through the app: a meeting with a rating and an agreed action ends
// with the person's faces and a next date; its summary shows it all, prints as one A4 page with
// nothing else of the app (and never a private card's words), and it is listed on the home.
import { expect, test, type Page } from '@playwright/test';
import {
  addCard,
  addPerson,
  expectBigTargets,
  expectNoAxeViolations,
  newGoalsPlan,
  openApp,
  pictures,
} from './support/app';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const question = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** A person "Ana" with a "My goals" plan, a card "Swim", and a meeting going on with Lena. */
async function startMeetingWithLena(page: Page): Promise<string> {
  await openApp(page);
  await addPerson(page, 'Ana');
  await newGoalsPlan(page);
  await addCard(page, 'Now', { search: 'swim', picture: /swim/, words: 'Swim', colour: 'Green' });
  const personId = /#\/person\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.getByRole('link', { name: 'My home' }).click();
  await page.getByRole('link', { name: 'Start a meeting' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Lena');
  await page.getByRole('radio', { name: 'Social worker' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lena' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ana's meeting" })).toBeVisible();
  return personId;
}

/** Rates Swim (now Bad, wish Good) and agrees "Call the gym" with Lena by 5 March 2030. */
async function rateAndAgree(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'One card at a time' }).click();
  await question(page, 'How is it now?')
    .getByRole('radio', { name: /\bBad$/ })
    .check();
  await question(page, 'Where do I want it to be?')
    .getByRole('radio', { name: /\bGood$/ })
    .check();
  await page.getByRole('button', { name: 'Agree an action' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('telephone');
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'What will happen?' }).fill('Call the gym');
  await page
    .getByRole('list', { name: 'People who help' })
    .getByRole('button', { name: 'Lena' })
    .click();
  await page.getByLabel('Date', { exact: true }).fill('2030-03-05');
  await page.getByRole('button', { name: 'Put it on the plan' }).click();
  await expect(page.getByRole('button', { name: 'Agree an action' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
}

test('a meeting ends with faces, shows its summary, prints on one A4 page and is listed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const personId = await startMeetingWithLena(page);
  await rateAndAgree(page);

  // Not finished yet: the home lists it, and its tile goes back into the meeting.
  await page.goto(`/#/person/${personId}`);
  const meetings = page.getByRole('list', { name: 'All my meetings' });
  await meetings.getByRole('link', { name: /Not finished: go back in/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ana's meeting" })).toBeVisible();

  await page.getByRole('button', { name: 'End the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How was the meeting?' })).toBeVisible();
  await expectNoAxeViolations(page, 'meeting end');
  await expectBigTargets(page, 'meeting end');
  await question(page, 'I was listened to').getByRole('radio', { name: 'Yes, very much' }).check();
  await question(page, 'I decided things').getByRole('radio', { name: 'Mostly' }).check();
  await question(page, 'I know what happens next').getByRole('radio', { name: 'A bit' }).check();
  await page.getByLabel(/Next meeting/).fill('2030-06-02');
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Meeting on / })).toBeVisible();
  expect(page.url()).toMatch(/\/meeting\/[^/]+\/summary$/);
  await expect(region(page, 'Who was there')).toContainText('Lena');
  await expect(region(page, 'Plans we looked at')).toContainText('My goals');
  const rating = region(page, 'How it is going').getByRole('listitem');
  await expect(rating).toHaveCount(1);
  await expect(rating).toContainText(/Swim.*Now.*Bad.*Where I want it to be.*Good/);
  const action = region(page, 'What we agreed')
    .getByRole('listitem')
    .filter({ hasText: 'Call the gym' });
  await expect(action).toContainText(/Who helps.*Lena.*By when.*March.*2030/);
  const feedback = region(page, 'What I said about the meeting');
  await expect(feedback.getByRole('listitem')).toHaveText([
    'I was listened toYes, very much',
    'I decided thingsMostly',
    'I understood what was saidNo answer',
    'I know what happens nextA bit',
  ]);
  await expect(region(page, 'Next meeting')).toContainText(/June.*2030/);
  await expectNoAxeViolations(page, 'meeting summary');
  await expectBigTargets(page, 'meeting summary');

  // The action becomes private on its card; the summary is found again from the home.
  await page.goto(`/#/person/${personId}`);
  await page.getByRole('link', { name: 'My goals', exact: true }).click();
  await page.getByRole('link', { name: 'Open Call the gym' }).click();
  await page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }).check();
  await expect(
    page.getByRole('checkbox', { name: 'Only for me. It is not shared.' }),
  ).toBeChecked();
  await page.goto(`/#/person/${personId}`);
  const finished = page.getByRole('list', { name: 'All my meetings' });
  await finished.getByRole('link', { name: /Finished: see what we agreed/ }).click();
  await expect(region(page, 'What we agreed')).toContainText('Private: not printed');

  // Print is logged as a share (the browser's print dialog itself is not opened here).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // Printed: only the summary, its faces and actions, never the private card's words.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /^Meeting on / })).toBeVisible();
  await expect(region(page, 'What we agreed').getByText('A private card')).toBeVisible();
  const pictures_ = page.locator('.meeting-summary img').filter({ visible: true });
  // 6 headings, 2 people, 1 plan, Swim with 2 faces, the lock, Lena and a calendar, 4+3 faces.
  await expect(pictures_).toHaveCount(22);
  await expect(
    region(page, 'What I said about the meeting').locator('.summary-feedback__face img'),
  ).toHaveCount(3);
  for (const picture of await pictures_.all()) {
    expect(
      await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
  }
  await expect(region(page, 'How it is going').getByText('Swim')).toBeVisible();
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).not.toContain('Call the gym');
  const file = await page.pdf({ preferCSSPageSize: true });
  await test.info().attach('meeting summary.pdf', { body: file, contentType: 'application/pdf' });
  const pdf = file.toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  const [, width, height] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeCloseTo(595.28, 0);
  expect(Number(height)).toBeCloseTo(841.89, 0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
});

// One person's whole story, made through the UI as a person and a helper would: plans, cards
// with long words, a step, a helper, a date, a rating, a finished meeting with an action, and a
// meeting going on. support/screens.ts turns it into the list of every screen.
import { expect, type Page } from '@playwright/test';
import { addPerson, lane_, pictures } from './app';
import { addStep, section } from './cardScreen';

/** A long word that cannot break by itself, and a long sentence, as a person may type them. */
export const LONG_WORD = 'Sundhedsplejerskebesøg';
export const LONG_SENTENCE =
  'I want to go to the swimming pool with my best friend every Tuesday after work';

/** The ids (and one link) the story made. */
export interface Story {
  personId: string;
  goalsId: string;
  pathId: string;
  /** The "Add a card to Now" link of My goals, as its href. */
  addHref: string;
  longWordId: string;
  finishedMeetingId: string;
  meetingId: string;
}

const idsFrom = (url: string) => /#\/person\/([^/]+)(?:\/plan\/([^/]+))?/.exec(url) ?? [];

async function newPlan(page: Page, personId: string, template: RegExp, title: string) {
  await page.goto(`/#/person/${personId}/new-plan`);
  await page.getByRole('button', { name: template }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return idsFrom(page.url())[2] ?? '';
}

async function card(page: Page, lane: string, words: string, search: string) {
  await page.getByRole('link', { name: `Add a card to ${lane}`, exact: true }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill(search);
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill(words);
  await page.getByRole('button', { name: 'Save the card', exact: true }).click();
  const tile = lane_(page, lane).getByRole('button', { name: words, exact: true });
  await expect(tile).toBeVisible();
  return (await tile.getAttribute('data-card-id')) ?? '';
}

/** A step, a helper (Lars), a date and a face on the open card. */
async function fillCard(page: Page): Promise<void> {
  await addStep(page, `Ring ${LONG_WORD}`);
  const helpers = section(page, 'Who helps me');
  await helpers.getByRole('button', { name: 'Add a person who helps' }).click();
  await helpers.getByRole('textbox', { name: 'Name' }).fill('Lars');
  await helpers.getByRole('button', { name: 'Save' }).click();
  await expect(helpers.getByRole('button', { name: 'Lars' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await section(page, 'When').getByLabel('Date').fill('2030-01-07');
  await expect(section(page, 'When').getByText('Monday')).toBeVisible();
  const rating = section(page, 'How is it going?');
  await rating.getByRole('radio', { name: 'Good', exact: true }).check();
  await expect(rating.getByText(/^Last answer: Good /)).toBeVisible();
}

/** Starts a meeting with Lars taking part; ends on the meeting, and returns its id. */
async function startMeeting(page: Page, personId: string): Promise<string> {
  await page.goto(`/#/person/${personId}/meeting/new`);
  const lars = page
    .getByRole('list', { name: 'People taking part' })
    .getByRole('button', { name: /^Lars/ });
  await lars.click();
  await expect(lars).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.waitForURL(/\/meeting\/(?!new$)[^/]+$/);
  await expect(page.getByRole('button', { name: 'End the meeting' })).toBeVisible();
  return /\/meeting\/([^/]+)$/.exec(page.url())?.[1] ?? '';
}

/** A meeting on "My goals", one card at a time: the long word rated, an action agreed, ended. */
async function finishedMeeting(page: Page, personId: string): Promise<string> {
  const meetingId = await startMeeting(page, personId);
  const goals = page
    .getByRole('group', { name: 'Plans in this meeting' })
    .getByRole('button', { name: 'My goals' });
  await goals.click();
  await expect(goals).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'One card at a time' }).click();
  await page
    .getByRole('group', { name: 'How is it now?' })
    .getByRole('radio', { name: /\bBad$/ })
    .check();
  await page.getByRole('button', { name: 'Agree an action' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('telephone');
  await pictures(page).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'What will happen?' }).fill('Call the doctor');
  await page
    .getByRole('list', { name: 'People who help' })
    .getByRole('button', { name: /^Lars/ })
    .click();
  await page.getByLabel('Date', { exact: true }).fill('2030-03-05');
  await page.getByRole('button', { name: 'Put it on the plan' }).click();
  await expect(page.getByRole('button', { name: 'Agree an action' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'End the meeting' }).click();
  await page
    .getByRole('group', { name: 'I was listened to', exact: true })
    .getByRole('radio', { name: 'Yes, very much' })
    .check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Meeting on / })).toBeVisible();
  return meetingId;
}

/**
 * Makes Anne-Marie Kristoffersen (Helper mode, so every tool shows) with "My goals" — a card with
 * a long word (a step, a helper, a date, a rating), a long sentence, a card in Next — and "My
 * path" with a dream; a finished meeting with an action, and a meeting going on. Starts on the
 * people screen.
 */
export async function makeStory(page: Page): Promise<Story> {
  await addPerson(page, 'Anne-Marie Kristoffersen');
  const personId = idsFrom(page.url())[1] ?? '';
  await page.goto(`/#/person/${personId}/how-i-like-it`);
  await page.getByRole('radio', { name: /^Helper\b/ }).check();

  const goalsId = await newPlan(page, personId, /^My goals/, 'My goals');
  const addHref = await page
    .getByRole('link', { name: 'Add a card to Now', exact: true })
    .getAttribute('href');
  const longWordId = await card(page, 'Now', LONG_WORD, 'nurse');
  await card(page, 'Now', LONG_SENTENCE, 'swim');
  await card(page, 'Next', 'Cook', 'cook');
  await page.goto(`/#/person/${personId}/card/${longWordId}`);
  await fillCard(page);

  const pathId = await newPlan(page, personId, /^My path/, 'My path');
  await card(page, 'My dream', 'Live by the sea', 'sea');

  const finishedMeetingId = await finishedMeeting(page, personId);
  const meetingId = await startMeeting(page, personId);
  return {
    personId,
    goalsId,
    pathId,
    addHref: addHref ?? '',
    longWordId,
    finishedMeetingId,
    meetingId,
  };
}

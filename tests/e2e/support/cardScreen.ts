// Steps for the card screen specs: make a card and open its screen by address, read the stored
// card straight from IndexedDB, and find the screen's sections by their headings.
import { expect, type Locator, type Page } from '@playwright/test';
import { addPerson, lane_, openApp, pictures } from './app';

/** What the card screen specs need to find their card again. */
export interface OpenedCard {
  personId: string;
  cardId: string;
  address: string;
}

/** Makes a person, a "My goals" plan and a card "Swim" in Now, and opens the card's screen. */
export async function openNewCard(page: Page): Promise<OpenedCard> {
  await openApp(page);
  await addPerson(page, 'Ada');
  // Every tool of the card screen shows in Helper mode.
  await page.getByRole('link', { name: 'How I like it' }).click();
  await page.getByRole('radio', { name: /^Helper\b/ }).check();
  await page.getByRole('link', { name: 'My home' }).click();
  // Like app.ts's newGoalsPlan, but not confused by the template's own "Listen: My goals…" button.
  await page.getByRole('link', { name: 'New plan' }).click();
  await page.getByRole('button', { name: /^My goals/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  // Like app.ts's addCard, but finds the card by its exact name (cards carry more buttons now).
  await page.getByRole('link', { name: 'Add a card to Now' }).click();
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('swim');
  await pictures(page).getByRole('button', { name: /swim/ }).first().click();
  await page.getByRole('textbox', { name: 'Words on the card' }).fill('Swim');
  await page.getByRole('radio', { name: /^Green/ }).check();
  await page.getByRole('button', { name: 'Save the card' }).click();
  const button = lane_(page, 'Now').getByRole('button', { name: 'Swim', exact: true });
  const cardId = (await button.getAttribute('data-card-id')) ?? '';
  const personId = /#\/person\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  expect(cardId && personId).toBeTruthy();
  const address = `/#/person/${personId}/card/${cardId}`;
  await page.getByRole('link', { name: 'Open Swim' }).click();
  expect(page.url()).toContain(address.slice(1));
  await expect(page.getByRole('heading', { level: 2, name: 'Swim' })).toBeVisible();
  return { personId, cardId, address };
}

/** A part of the card screen, by its heading. */
export function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The card as stored in IndexedDB (the app's own database), or null. */
export function storedCard(page: Page, cardId: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const request = indexedDB.open('my-plan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const get = database.transaction('cards').objectStore('cards').get(id);
          get.onsuccess = () => {
            resolve((get.result as Record<string, unknown> | undefined) ?? null);
            database.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    cardId,
  );
}

/** Adds a step with words through the "Add a step" form. */
export async function addStep(page: Page, words: string): Promise<void> {
  const steps = section(page, 'Steps');
  await steps.getByRole('button', { name: 'Add a step' }).click();
  await steps.getByRole('textbox', { name: 'Words for the step' }).fill(words);
  await steps.getByRole('button', { name: 'Add the step' }).click();
  await expect(steps.getByRole('checkbox', { name: words })).toBeVisible();
}

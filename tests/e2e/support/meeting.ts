// Steps for the meeting spec: a person with a plan of three cards, a meeting set up with a new
// social worker, and reading records straight from IndexedDB. Built on ./app.
import { expect, type Locator, type Page } from '@playwright/test';
import { addCard, addPerson, newGoalsPlan, openApp } from './app';

/** Makes Ada with a "My goals" plan: Swim and Cook in Now, Read in Next; ends on her home. */
export async function personWithPlan(page: Page): Promise<void> {
  await openApp(page);
  await addPerson(page, 'Ada');
  await newGoalsPlan(page);
  await addCard(page, 'Now', { search: 'swim', picture: /swim/, words: 'Swim', colour: 'Green' });
  await addCard(page, 'Now', { search: 'cook', picture: /cook/, words: 'Cook', colour: 'Yellow' });
  await addCard(page, 'Next', { search: 'book', picture: /book/, words: 'Read', colour: 'Blue' });
  await page.getByRole('link', { name: 'My home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Ada's home" })).toBeVisible();
}

/** On the setup screen: adds a supporter with a role through "Add a person". */
export async function addParticipant(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(participant(page, name)).toHaveAttribute('aria-pressed', 'true');
}

/** A supporter's tile on the setup screen. */
export function participant(page: Page, name: string): Locator {
  return page
    .getByRole('list', { name: 'People taking part' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
}

/** One of the two ladders of the card shown in the meeting. */
export function ladder(page: Page, which: 'now' | 'wish'): Locator {
  const name = which === 'now' ? 'How is it now?' : 'Where do I want it to be?';
  return page.getByRole('group', { name });
}

/** The card shown one at a time: its words, as its heading. */
export function shownCard(page: Page, words: string): Locator {
  return page.getByRole('heading', { level: 2, name: words, exact: true });
}

/** The ids in the address of the meeting screen. */
export function meetingIds(page: Page): { personId: string; meetingId: string } {
  const match = /#\/person\/([^/]+)\/meeting\/([^/]+)$/.exec(page.url());
  return { personId: match?.[1] ?? '', meetingId: match?.[2] ?? '' };
}

/** A record as stored in the app's IndexedDB, or null. */
export function storedRecord(
  page: Page,
  table: 'cards' | 'meetings' | 'supporters',
  id: string,
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const request = indexedDB.open('my-plan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const get = database.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            resolve((get.result as Record<string, unknown> | undefined) ?? null);
            database.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [table, id] as const,
  );
}

/** The id of a card on the meeting board (its tile carries it). */
export async function cardIdOf(page: Page, lane: string, words: string): Promise<string> {
  const tile = page
    .getByRole('list', { name: lane, exact: true })
    .getByRole('button', { name: new RegExp(`^${words}`) });
  return (await tile.getAttribute('data-card-id')) ?? '';
}

/** Swipes a finger sideways across `target` (negative `dx` = to the left), by CDP touch events. */
export async function swipe(page: Page, target: Locator, dx: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to swipe');
  const session = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const startX = box.x + box.width / 2 - dx / 2;
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: startX, y }],
  });
  for (let i = 1; i <= 8; i += 1) {
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: startX + (dx * i) / 8, y }],
    });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

// Every screen of the app, for the specs that check them all (reflow, axe per language/theme):
// the story (support/story.ts) made once through the UI and kept, then each screen's address
// and what to do on it (search pictures, show one card) in any language before it is looked at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { LONG_WORD, makeStory, type Story } from './story';

/** The shipped languages, as chosen in Settings. */
export type Language = 'en' | 'da' | 'pt' | 'ar';

/** A word of the app in a language, by its key in locales/<language>.json. */
export type Words = (key: string) => string;

/** A screen to look at: its address (a hash route) and, when needed, what to do there first. */
export interface Screen {
  name: string;
  address: string;
  prepare?: (page: Page, t: Words, language: Language) => Promise<void>;
}

/** The app's own words in `language` (to find things by name in every language). */
export function wordsOf(language: Language): Words {
  const path = join(process.cwd(), 'locales', `${language}.json`);
  const strings = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return (key) => {
    const found = key
      .split('.')
      .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], strings);
    if (typeof found !== 'string') throw new Error(`no words for ${key} in ${language}`);
    return found;
  };
}

/** "cat" in each language: the picture search finds cats in all of them. */
const CAT: Record<Language, string> = { en: 'cat', da: 'kat', pt: 'gato', ar: 'قط' };

/** Shows "My goals" in the meeting, as a whole plan or one card at a time. */
const meetingView = (view: string) => async (page: Page, t: Words) => {
  const goals = page
    .getByRole('group', { name: t('meeting.plans') })
    .getByRole('button', { name: t('templates.my-goals.name') });
  await goals.click();
  await expect(goals).toHaveAttribute('aria-pressed', 'true');
  const button = page.getByRole('button', { name: t(view) });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
};

/** Every screen (and the states that change a screen much) of the story's person. */
export function everyScreen(story: Story): Screen[] {
  const person = `/#/person/${story.personId}`;
  const board = `${person}/plan/${story.goalsId}`;
  const meeting = `${person}/meeting/${story.meetingId}`;
  return [
    { name: 'people', address: '/#/' },
    {
      name: 'add person',
      address: '/#/people/new',
      prepare: (page, t) => page.getByRole('textbox', { name: t('people.name') }).fill('Ola'),
    },
    { name: 'home', address: person },
    { name: 'new plan', address: `${person}/new-plan` },
    {
      name: 'new plan, empty board',
      address: `${person}/new-plan`,
      prepare: async (page, t) => {
        const empty = page.getByRole('button', {
          name: new RegExp(`^${t('templates.empty.name')}`),
        });
        await empty.click();
        await expect(empty).toHaveAttribute('aria-expanded', 'true');
      },
    },
    { name: 'how I like it', address: `${person}/how-i-like-it` },
    { name: 'my picture code', address: `${person}/picture-code` },
    {
      name: 'my picture code, choosing',
      address: `${person}/picture-code`,
      prepare: async (page, t) => {
        await page.getByRole('button', { name: t('lock.code.choose') }).click();
        const pad = page.getByRole('list', { name: t('lock.pad') });
        await pad.getByRole('button', { name: t('lock.pictures.cat'), exact: true }).click();
        await expect(page.getByText(t('lock.tapped').replace('{{tapped}}', '1'))).toBeVisible();
      },
    },
    { name: 'board, goals', address: board },
    {
      name: 'board, moving a card',
      address: board,
      prepare: async (page, t) => {
        await page.getByRole('button', { name: LONG_WORD, exact: true }).click();
        await expect(page.getByRole('button', { name: t('board.cancel') }).first()).toBeVisible();
      },
    },
    { name: 'board, path', address: `${person}/plan/${story.pathId}` },
    {
      name: 'add card',
      address: `/${story.addHref}`,
      prepare: async (page, t, language) => {
        await page.getByRole('searchbox', { name: t('pictures.search') }).fill(CAT[language]);
        const grid = page.getByRole('list', { name: t('pictures.choose') });
        await expect(grid.getByRole('button').first()).toBeVisible();
      },
    },
    { name: 'card', address: `${person}/card/${story.longWordId}` },
    { name: 'meeting setup', address: `${person}/meeting/new` },
    { name: 'meeting, whole plan', address: meeting, prepare: meetingView('meeting.viewBoard') },
    { name: 'meeting, one card', address: meeting, prepare: meetingView('meeting.viewCard') },
    {
      name: 'meeting, agree an action',
      address: meeting,
      prepare: async (page, t) => {
        await page.getByRole('button', { name: t('meeting.action.add') }).click();
        await expect(page.getByRole('searchbox', { name: t('pictures.search') })).toBeVisible();
      },
    },
    {
      name: 'meeting, the end',
      address: meeting,
      prepare: async (page, t) => {
        await page.getByRole('button', { name: t('meeting.end') }).click();
        await expect(page.getByRole('heading', { name: t('meetingEnd.title') })).toBeVisible();
      },
    },
    { name: 'meeting summary', address: `${person}/meeting/${story.finishedMeetingId}/summary` },
    { name: 'share', address: `${person}/plan/${story.goalsId}/share` },
    { name: 'open file', address: `${person}/open` },
    { name: 'backup', address: `${person}/backup` },
    { name: 'remove person', address: `${person}/remove` },
    { name: 'restore', address: '/#/restore' },
    { name: 'progress', address: `${person}/progress` },
    { name: 'goal progress', address: `${person}/progress/${story.longWordId}` },
    { name: 'settings', address: '/#/settings' },
    { name: 'about', address: '/#/about' },
  ];
}

/**
 * Makes the story once, through the UI, in a browser profile of its own (no service worker:
 * nothing here is about offline), and keeps the app's database in `statePath` so each test can
 * start from it in a fresh profile (`storageState`). Returns every screen.
 */
export async function seedEveryScreen(browser: Browser, statePath: string): Promise<Screen[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  const title = page.getByRole('heading', { level: 1, name: 'Who is using My Plan?' });
  await expect(title).toBeVisible();
  const story = await makeStory(page);
  await context.storageState({ path: statePath, indexedDB: true });
  await context.close();
  return everyScreen(story);
}

/** Goes to a screen, waits until its title, pictures and letters are in, and prepares it. */
export async function visit(page: Page, screen: Screen, language: Language = 'en'): Promise<void> {
  await page.goto(screen.address);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await screen.prepare?.(page, wordsOf(language), language);
  await settled(page);
}

/** Waits for fonts and every picture on the page, then two frames (layout done). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Lazy pictures far down the page load now too: measured and photographed as they will be.
    for (const image of document.images) image.loading = 'eager';
    const loading = [...document.images].filter((image) => !image.complete);
    const loaded = Promise.all(
      loading.map(
        (image) =>
          new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          }),
      ),
    );
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

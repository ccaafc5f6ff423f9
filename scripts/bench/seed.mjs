// Puts the benchmark's data into one build's own browser profile the way a person would: adds a
// person and a "My goals" plan by hand, then opens the .myplan files of 50, 200 and 500 cards
// with Home → "Open a file" → choose → preview → "Add as a new plan". Nothing is written into
// the page directly. Not timed.
import { CONTEXT_OPTIONS } from './browser.mjs';
import { benchPlanTitle, makePlanFile } from './myplanFile.mjs';
import { PLAN_SIZES } from './figures.mjs';

const IMPORT_TIMEOUT_MS = 180_000;

/**
 * What one build's profile holds after seeding.
 * @typedef {{ context: import('@playwright/test').BrowserContext, homeUrl: string,
 *   goalsUrl: string, plans: Record<number, { url: string, planId: string }>,
 *   importNa?: string }} Seeded
 */

async function addPersonByHand(page, strings) {
  await page.getByRole('link', { name: strings.people.add, exact: true }).click();
  await page.getByRole('textbox', { name: strings.people.name, exact: true }).fill('Bench');
  await page.getByRole('searchbox', { name: strings.pictures.search }).fill('smile');
  await page
    .getByRole('list', { name: strings.pictures.choose, exact: true })
    .getByRole('button')
    .first()
    .click();
  await page.getByRole('button', { name: strings.people.save, exact: true }).click();
  const home = strings.home.title.replace('{{name}}', 'Bench');
  await page.getByRole('heading', { level: 1, name: home }).waitFor();
}

async function newGoalsPlan(page, strings, homeUrl) {
  await page.goto(homeUrl);
  await page.getByRole('link', { name: strings.home.newPlan, exact: true }).click();
  const goals = strings.templates['my-goals'].name;
  await page.getByRole('button', { name: new RegExp(`^${goals}`) }).click();
  await page.getByRole('heading', { level: 1, name: goals }).waitFor();
  return page.url();
}

async function importPlan(page, strings, homeUrl, count, photo) {
  await page.goto(homeUrl);
  const openFile = page.getByRole('link', { name: strings.home.openFile, exact: true });
  await openFile.click();
  await page.getByLabel(strings.openFile.choose, { exact: true }).setInputFiles({
    name: `bench-${count}.myplan`,
    mimeType: 'application/vnd.myplan+zip',
    buffer: Buffer.from(makePlanFile(count, photo)),
  });
  const add = page.getByRole('button', { name: strings.openFile.addNew, exact: true });
  await add.waitFor({ timeout: IMPORT_TIMEOUT_MS });
  await add.click({ timeout: IMPORT_TIMEOUT_MS });
  const title = benchPlanTitle(count);
  await page
    .getByRole('heading', { level: 1, name: title, exact: true })
    .waitFor({ timeout: IMPORT_TIMEOUT_MS });
  const url = page.url();
  const planId = /\/plan\/([A-Za-z0-9-]+)/.exec(url)?.[1];
  if (!planId) throw new Error(`after opening ${title} the address has no plan: ${url}`);
  return { url, planId };
}

/**
 * Seeds a new browser context for one build. `log` gets progress lines.
 * @returns {Promise<Seeded>}
 */
export async function seedBuild({ browser, server, strings, photo, withImports, log }) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  context.setDefaultTimeout(60_000);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: strings.people.title }).waitFor();
    await addPersonByHand(page, strings);
    const homeUrl = page.url();
    const goalsUrl = await newGoalsPlan(page, strings, homeUrl);
    /** @type {Seeded} */
    const seeded = { context, homeUrl, goalsUrl, plans: {} };
    if (!withImports) return seeded;
    if (!strings.home?.openFile || !strings.openFile?.addNew) {
      seeded.importNa = 'this build has no "Open a file" screen to open the plans with';
      return seeded;
    }
    await page.goto(homeUrl);
    await page.getByRole('link', { name: strings.home.newPlan, exact: true }).waitFor();
    const link = page.getByRole('link', { name: strings.home.openFile, exact: true });
    if (!(await link.isVisible().catch(() => false))) {
      seeded.importNa = 'this build has no "Open a file" on Home to open the plans with';
      return seeded;
    }
    for (const count of PLAN_SIZES) {
      const started = Date.now();
      try {
        seeded.plans[count] = await importPlan(page, strings, homeUrl, count, photo);
      } catch (error) {
        seeded.importNa = `opening the ${count}-card file failed: ${error.message.split('\n')[0]}`;
        break;
      }
      log(`opened the ${count}-card plan through "Open a file" in ${Date.now() - started} ms`);
    }
    await page.close();
    return seeded;
  } catch (error) {
    await context.close();
    throw error;
  }
}

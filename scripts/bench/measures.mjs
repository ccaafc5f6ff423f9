// The timed steps on a seeded profile: opening a plan, moving a card (drag and tap-to-place),
// adding a 12-megapixel photo, and raw IndexedDB reads and writes of a 500-card plan. Each step
// opens its own page, throttles the CPU only for the timed part, and closes the page.
/* global window */
import { setCpuRate } from './browser.mjs';
import { benchPlanTitle } from './myplanFile.mjs';
import { installBenchLib } from './probes.mjs';
import {
  idbLoadSave,
  pictureIds,
  pictureSizes,
  watchMove,
  watchPhoto,
  watchPlanOpen,
} from './watchers.mjs';

/** How long a timed step may take at CPU x1; a slower CPU gets as many times longer. */
const STEP_TIMEOUT_MS = 60_000;

async function prepared(page, rate) {
  await page.evaluate(installBenchLib);
  await page.evaluate(() => window.__bench.settle());
  await setCpuRate(page, rate);
}

async function pending(page) {
  return page.evaluate(() => window.__bench.pending);
}

async function withPage(context, action) {
  const page = await context.newPage();
  try {
    return await action(page);
  } finally {
    await page.close();
  }
}

/** Time from tapping the plan's tile on Home until all `count` cards and photos are painted. */
export function openPlan(seeded, count, rate) {
  return withPage(seeded.context, async (page) => {
    await page.goto(seeded.homeUrl);
    const tile = page.getByRole('link', { name: benchPlanTitle(count), exact: true });
    await tile.waitFor();
    await prepared(page, rate);
    await page.evaluate(watchPlanOpen, { count, timeoutMs: STEP_TIMEOUT_MS * rate });
    await tile.click();
    const { start, end } = await pending(page);
    return end - start;
  });
}

async function boardLane(page, title) {
  const section = page
    .locator('section[aria-labelledby^="lane-"]')
    .filter({ has: page.getByRole('list', { name: title, exact: true }) });
  // The lane is labelled by its heading (lane-<id>), then by words about where it is.
  const [headingId] = (await section.getAttribute('aria-labelledby')).split(' ');
  return { headingId, laneId: headingId.replace(/^lane-/, '') };
}

/**
 * Moves the first card of one lane of the 50-card plan to another lane, by mouse drag or by
 * tap-to-place; `turn` alternates the direction so the lanes stay balanced.
 * @returns {Promise<{ painted: number, stored: number }>} ms from the drop (or the tap on
 *   "Put it in …") until the card is painted in its new lane, and until it is stored there.
 */
export function moveCard(seeded, strings, via, turn, rate) {
  return withPage(seeded.context, async (page) => {
    await page.goto(seeded.plans[50].url);
    await page.locator('[data-card-id]').nth(49).waitFor();
    const [from, to] = turn % 2 === 0 ? ['Now', 'Later'] : ['Later', 'Now'];
    const card = page
      .getByRole('list', { name: from, exact: true })
      .locator('[data-card-id]')
      .first();
    const cardId = await card.getAttribute('data-card-id');
    const target = await boardLane(page, to);
    await prepared(page, rate);
    const watch = { cardId, laneId: target.laneId, timeoutMs: STEP_TIMEOUT_MS * rate };
    if (via === 'drag') {
      await page.evaluate(watchMove, { ...watch, startEvent: 'drop' });
      await card.dragTo(page.locator(`[id="${target.headingId}"]`));
    } else {
      await card.click();
      const place = page.getByRole('button', {
        name: strings.board.putIn.replace('{{lane}}', to),
        exact: true,
      });
      await place.waitFor();
      await page.evaluate(watchMove, { ...watch, startEvent: 'click' });
      await place.click();
    }
    const { start, painted, stored } = await pending(page);
    return { painted: painted - start, stored: stored - start };
  });
}

/**
 * Adds a 12-megapixel JPEG on the add-card screen of the "My goals" plan with "Choose a photo".
 * @returns {Promise<{ shown: number, bytes: number }>} ms from the file's arrival until it is
 *   shown, and the bytes stored for it in the pictures store.
 */
export function addPhoto(seeded, strings, photo, rate) {
  return withPage(seeded.context, async (page) => {
    await page.goto(seeded.goalsUrl);
    const prefix = strings.board.addCard
      .split('{{lane}}')[0]
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page
      .getByRole('link', { name: new RegExp(`^${prefix}`) })
      .first()
      .click();
    const choose = page.getByRole('button', { name: strings.pictures.choosePhoto, exact: true });
    await choose.waitFor();
    await page.evaluate(installBenchLib);
    const before = new Set(await page.evaluate(pictureIds));
    await prepared(page, rate);
    await page.evaluate(watchPhoto, { timeoutMs: STEP_TIMEOUT_MS * rate });
    const chooser = page.waitForEvent('filechooser');
    await choose.click();
    await (
      await chooser
    ).setFiles({
      name: 'photo-12mp.jpg',
      mimeType: 'image/jpeg',
      buffer: photo.bytes,
    });
    const { start, end } = await pending(page);
    await setCpuRate(page, 1);
    const added = (await page.evaluate(pictureIds)).filter((id) => !before.has(id));
    if (added.length !== 1) throw new Error(`${added.length} pictures were stored, not 1`);
    const [bytes] = await page.evaluate(pictureSizes, added);
    return { shown: end - start, bytes };
  });
}

/** Raw IndexedDB: load and save the 500 cards of the 500-card plan, in ms. */
export function loadAndSave(seeded, rate) {
  return withPage(seeded.context, async (page) => {
    await page.goto(seeded.homeUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await prepared(page, rate);
    const result = await page.evaluate(idbLoadSave, { planId: seeded.plans[500].planId });
    if (result.count !== 500) throw new Error(`the plan has ${result.count} cards, not 500`);
    return { load: result.load, save: result.save };
  });
}

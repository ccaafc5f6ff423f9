// The first screen as a person meets it: a first visit in a fresh browser profile (nothing
// cached, no service worker yet), and a repeat visit offline, answered by the service worker.
/* global window */
import { CONTEXT_OPTIONS, throttledPage } from './browser.mjs';
import { visitProbe } from './probes.mjs';

const VISIT_TIMEOUT_MS = 60_000;

function probeNames(strings) {
  return {
    heading: strings.people.title,
    control: strings.people.add,
    timeoutMs: VISIT_TIMEOUT_MS,
  };
}

async function measureLoad(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: VISIT_TIMEOUT_MS });
  const result = await page.evaluate(() => window.__benchVisit.done);
  // FCP is reported a moment after the paint; usable comes after a paint, so it is there by now
  // or very soon.
  const fcp = await page
    .waitForFunction(() => window.__benchVisit.result.fcp, undefined, { timeout: 10_000 })
    .then((handle) => handle.jsonValue())
    .catch(() => {
      throw new Error('no first-contentful-paint entry');
    });
  // Nothing is usable before it is shown: the paint is presented a little after the frame's
  // work on the main thread, so the probe can run just before FCP's time.
  return { fcp, usable: Math.max(result.usable, fcp) };
}

/**
 * One cold first visit: a new browser context, CPU throttled from the start.
 * @returns {Promise<{ fcp: number, usable: number, resources: string[] }>} ms since navigation;
 *   `resources` are the URLs fetched until usable.
 */
export async function firstVisit(browser, server, strings, rate) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await context.addInitScript(visitProbe, probeNames(strings));
    const page = await throttledPage(context, rate);
    const { fcp, usable } = await measureLoad(page, `${server.url}/`);
    const resources = await page.evaluate(
      (until) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= until)
          .map((entry) => entry.name),
      usable,
    );
    return { fcp, usable, resources };
  } finally {
    await context.close();
  }
}

/**
 * A browser context that has visited the app once, has its service worker in control, and is
 * then offline. Close it when done.
 */
export async function offlineContext(browser, server, strings) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await context.addInitScript(visitProbe, probeNames(strings));
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => window.__benchVisit.done);
    let timer;
    await Promise.race([
      page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the service worker did not become active in 90 s')),
          90_000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await page.reload();
      await page.evaluate(() => window.__benchVisit.done);
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
        throw new Error('the service worker does not control the page after a reload');
      }
    }
    await page.close();
    await context.setOffline(true);
    return context;
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * One repeat visit in an offline context: a new page, CPU throttled from the start.
 * Fails when the page was not answered by the service worker.
 */
export async function repeatVisit(context, server, rate) {
  const page = await throttledPage(context, rate);
  try {
    const figures = await measureLoad(page, `${server.url}/`);
    const fromWorker = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return Boolean(navigator.serviceWorker.controller) && (navigation?.workerStart ?? 0) > 0;
    });
    if (!fromWorker) throw new Error('the page was not served by the service worker');
    return figures;
  } finally {
    await page.close();
  }
}

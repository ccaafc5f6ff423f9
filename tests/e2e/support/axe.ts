// axe in the page itself: injected once and run there for every screen of a walk. It checks the
// same WCAG 2.0–2.2 A/AA rules as app.ts's expectNoAxeViolations, about five times faster
// (AxeBuilder opens a new page for each run), which keeps every-screen specs within CI's time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules axe finds broken on the page as it is now, each with where (CSS selectors). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol, not a <script> tag: a strict Content-Security-
    // Policy (no inline scripts) does not stop it.
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    type Result = { id: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: Result[] };
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, TAGS);
}

/** Expects axe to find nothing on the page (as app.ts's expectNoAxeViolations does). */
export async function expectNoAxeViolationsHere(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

// Keyboard-only steps for the end-to-end specs: move the focus with Tab and Shift+Tab (checking
// that every stop shows where the focus is), and read what has the focus.
import { expect, type Locator, type Page } from '@playwright/test';

/** What has the focus: its tag, a name to tell it by, and whether its focus can be seen. */
interface Focused {
  tag: string;
  text: string;
  isShown: boolean;
}

type Logged = Window & { focusLog?: Focused[] };

/**
 * Runs in the page: describes the focused element (does it, or the label around it, draw an
 * outline or a ring?). The first call also starts a log of every later stop of the focus, and of
 * the focus leaving the page ("body"), so Tab can be pressed many times without a round trip.
 */
function focusedNow(): Focused {
  const describe = (active: Element | null): Focused => {
    if (!(active instanceof HTMLElement) || active === document.body) {
      return { tag: 'body', text: '', isShown: false };
    }
    const draws = (element: Element | null) => {
      if (!element) return false;
      const style = getComputedStyle(element);
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return hasOutline || style.boxShadow !== 'none';
    };
    const name =
      active.getAttribute('aria-label') ??
      (active instanceof HTMLInputElement
        ? `${active.type}: ${active.labels?.[0]?.textContent ?? ''}`
        : active.textContent);
    return {
      tag: active.tagName.toLowerCase(),
      text: (name ?? '').trim().slice(0, 40),
      // On the calendar button inside a date field, Chromium draws its own ring (not styleable).
      isShown:
        draws(active) || draws(active.closest('label')) || active.matches('input[type="date"]'),
    };
  };
  const page = window as Logged;
  if (!page.focusLog) {
    const log: Focused[] = [];
    page.focusLog = log;
    document.addEventListener('focusin', (event) => log.push(describe(event.target as Element)));
    document.addEventListener('focusout', (event) => {
      if (!event.relatedTarget) log.push(describe(null));
    });
  }
  return describe(document.activeElement);
}

/** Expects the focus to be on a control that shows it (outline or ring, WCAG 2.4.7). */
export async function expectFocusShown(page: Page, where: string): Promise<void> {
  const focused = await page.evaluate(focusedNow);
  expect(focused.isShown, `focus shown on ${focused.tag} "${focused.text}" (${where})`).toBe(true);
}

/**
 * Presses Tab (Shift+Tab when `isBack`) until `target` has the focus, at most `max` times.
 * Every stop on the way must show its focus; the focus must never fall back to the page itself.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { isBack = false, max = 80 }: { isBack?: boolean; max?: number } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  await startLog(page);
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(isBack ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      const log = await page.evaluate(() => (window as Logged).focusLog ?? []);
      const left = log.filter((stop) => stop.tag === 'body');
      expect(left, 'the focus stays in the page').toEqual([]);
      const hidden = log.filter((stop) => !stop.isShown);
      expect(hidden, 'every stop shows the focus').toEqual([]);
      return presses;
    }
  }
  throw new Error(`${String(target)} not reached in ${max} presses of Tab`);
}

/** Starts (or empties) the page's log of focus stops. */
async function startLog(page: Page): Promise<void> {
  await page.evaluate(focusedNow);
  await page.evaluate(() => void (window as Logged).focusLog?.splice(0));
}

/** Whatever has the focus now (to check its name and description). */
export function focused(page: Page): Locator {
  return page.locator(':focus');
}

/**
 * Presses Tab until the focus has left the page after the last control (no trap). Returns every
 * stop on the way, and those that did not show their focus.
 */
export async function tabThroughAll(page: Page): Promise<{ stops: string[]; hidden: string[] }> {
  await startLog(page);
  // Enough presses to pass every control once (a date field takes four) and leave the page.
  const presses = await page.evaluate(() => {
    const controls = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll<HTMLElement>(controls)].filter(
      (element) => element.checkVisibility() && !element.matches(':disabled'),
    );
    return all.length + 3 * document.querySelectorAll('input[type="date"]').length + 2;
  });
  for (let i = 0; i < presses; i += 1) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as Logged).focusLog ?? []);
  const end = log.findIndex((entry) => entry.tag === 'body');
  if (end < 0) throw new Error(`the focus did not leave the page after ${presses} Tabs: a trap?`);
  const stops = log.slice(0, end);
  return {
    stops: stops.map((stop) => `${stop.tag} "${stop.text}"`),
    hidden: stops.filter((stop) => !stop.isShown).map((stop) => `${stop.tag} "${stop.text}"`),
  };
}

// Using the keyboard as a switch box: wait until the scanning highlight reaches a target (DOM
// focus, as a screen reader would follow it), then press. Counts the presses of a walk.
import { expect, type Locator, type Page } from '@playwright/test';

/** The switch presses of one walk, for the figures in the report. */
export const presses = { count: 0 };

const WAIT_MS = 20_000;
const POLL_MS = 20;

async function waitUntil(page: Page, what: string, isThere: () => Promise<boolean>) {
  const end = Date.now() + WAIT_MS;
  while (!(await isThere())) {
    if (Date.now() > end) throw new Error(`the highlight never reached ${what}`);
    await page.waitForTimeout(POLL_MS);
  }
}

/** Whether the scanning highlight is on `target`: it has focus and a ring is shown. */
export async function isHighlighted(target: Locator): Promise<boolean> {
  return target
    .evaluate(
      (element) =>
        element === document.activeElement && document.querySelector('.scan-highlight') !== null,
      undefined,
      { timeout: 1000 },
    )
    .catch(() => false);
}

/** Waits until the highlight (focus) is on `target`, then presses the switch `key`. */
export async function pressWhenFocused(
  page: Page,
  target: Locator,
  key: 'Space' | 'Enter' = 'Space',
): Promise<void> {
  await waitUntil(page, String(target), () => isHighlighted(target));
  await page.keyboard.press(key);
  presses.count += 1;
}

/**
 * Waits until the row of a big grid starting with `firstInRow` is highlighted (the row's
 * controls are ringed together, the grid has focus), then presses the switch `key`.
 */
export async function pressWhenRowHighlighted(
  page: Page,
  firstInRow: Locator,
  key: 'Space' | 'Enter' = 'Space',
): Promise<void> {
  await waitUntil(page, `the row of ${String(firstInRow)}`, () =>
    firstInRow
      .evaluate(
        (element) =>
          element.classList.contains('scan-highlight') &&
          !element.classList.contains('scan-highlight--group') &&
          element !== document.activeElement &&
          element.closest('ul, [role=group]') === document.activeElement,
        undefined,
        { timeout: 1000 },
      )
      .catch(() => false),
  );
  await page.keyboard.press(key);
  presses.count += 1;
}

/** The name of the element that has the highlight now ('' when none). */
export async function highlightedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || !document.querySelector('.scan-highlight')) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Expects the highlight to stay on `target` for `ms` (nothing moves by itself). */
export async function expectStill(page: Page, target: Locator, ms: number): Promise<void> {
  expect(await isHighlighted(target)).toBe(true);
  await page.waitForTimeout(ms);
  expect(await isHighlighted(target)).toBe(true);
}

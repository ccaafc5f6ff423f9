// Every screen of the app passes axe (WCAG 2.0–2.2 A/AA) and has big targets, in each shipped
// language and each colour theme: English light, Danish calm, Portuguese strong colours, Arabic
// light and strong (right to left). The page says its language and direction on every screen,
// and shows the chosen theme. Two runs are on a 320 px wide phone, where nothing may be cut
// off or stick out either: Danish (long words) and Arabic (right to left). Replaces
// accessibility.spec.ts and languagesAxe.spec.ts.
import { expect, test } from '@playwright/test';
import { expectBigTargets } from './support/app';
import { axeViolations, expectNoAxeViolationsHere } from './support/axe';
import { findOverflow, NARROW_ALLOWED } from './support/reflow';
import { seedEveryScreen, visit, wordsOf, type Language, type Screen } from './support/screens';

type Theme = 'light' | 'high-contrast' | 'calm';

const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 320, height: 640 };
const RUNS: { language: Language; label: string; theme: Theme; screen: typeof TABLET }[] = [
  { language: 'en', label: 'English', theme: 'light', screen: TABLET },
  { language: 'da', label: 'Dansk', theme: 'calm', screen: PHONE },
  { language: 'pt', label: 'Português', theme: 'high-contrast', screen: TABLET },
  { language: 'ar', label: 'العربية', theme: 'light', screen: TABLET },
  { language: 'ar', label: 'العربية', theme: 'high-contrast', screen: PHONE },
];
const THEME_NAMES: Record<Theme, string> = {
  light: 'Light',
  'high-contrast': 'Strong colours',
  calm: 'Calm colours',
};

let screens: Screen[] = [];
let state = '';

test.use({
  serviceWorkers: 'block',
  // Each test starts in a fresh profile holding the story made once (beforeAll).
  storageState: async ({ baseURL: _baseURL }, provide) => provide(state),
});

test.beforeAll(async ({ browser }, info) => {
  // The whole story through the UI (~15 s on a busy 2-core machine), once for every run.
  info.setTimeout(90_000);
  state = info.outputPath('story.json');
  screens = await seedEveryScreen(browser, state);
});

for (const { language, label, theme, screen: size } of RUNS) {
  const how = `${label}, ${THEME_NAMES[theme]}, ${size.width} px`;
  test(`every screen passes axe and has big targets in ${how}`, async ({ page }) => {
    // axe on two dozen screens: long by nature on a 2-core machine.
    test.slow();
    await page.setViewportSize(size);
    // The theme for the whole tablet (the person has not chosen one), then the language.
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: THEME_NAMES[theme], exact: true }).check();
    await page.getByRole('radio', { name: label, exact: true }).check();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', language);
    const t = wordsOf(language);
    const direction = language === 'ar' ? 'rtl' : 'ltr';

    // The check can fail: a picture without words and a button without a name are found.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div id="broken"><img src="/icons/app-192.png"><button></button></div>',
      ),
    );
    const found = (await axeViolations(page)).map((violation) => violation.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    await page.evaluate(() => document.getElementById('broken')?.remove());

    for (const screen of screens) {
      const where = `${screen.name} in ${how}`;
      await visit(page, screen, language);
      await expect(html, where).toHaveAttribute('lang', language);
      await expect(html, where).toHaveAttribute('dir', direction);
      await expect(html, where).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolationsHere(page, where);
      await expectBigTargets(page, where);
      if (size === PHONE) {
        expect(await findOverflow(page, NARROW_ALLOWED), `overflow on ${where}`).toEqual([]);
      }
    }
    // The words are the language's own, not English with a language tag.
    await page.goto(screens.find((screen) => screen.name === 'new plan')?.address ?? '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('newPlan.title'));
  });
}

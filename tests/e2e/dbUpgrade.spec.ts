// A newer My Plan in another tab upgrades the data while this tab is open: the upgrade is never
// blocked, this tab says so plainly (with a picture button to open My Plan again), a save tried
// meanwhile fails with a plain message and keeps the typed name, and after the reload the name is
// still in the form and saves.
import { expect, test, type Page } from '@playwright/test';
import { openApp, pictures } from './support/app';
import { expectNoAxeViolationsHere } from './support/axe';

/** The data version this build writes: Dexie keeps it times ten as the IndexedDB version. */
const currentNativeVersion = (page: Page) =>
  page.evaluate(async () => {
    const known = await indexedDB.databases();
    return known.find((database) => database.name === 'my-plan')?.version ?? 0;
  });

/** Opens the data at a newer version from `page`, as a newer My Plan would; how it went. */
const upgradeFrom = (page: Page, version: number) =>
  page.evaluate(
    (newer) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('my-plan', newer);
        request.onblocked = () => resolve('blocked');
        request.onerror = () => resolve(`failed: ${String(request.error?.name)}`);
        request.onsuccess = () => {
          request.result.close();
          resolve(`opened ${request.result.version}`);
        };
      }),
    version,
  );

test('an update in another tab never hangs this one, and nothing typed is lost', async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Add a person' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Noor');
  await page.getByRole('searchbox', { name: 'Find a picture' }).fill('smile');
  await pictures(page).getByRole('button').first().click();

  const version = await currentNativeVersion(page);
  expect(version).toBeGreaterThanOrEqual(10);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await upgradeFrom(other, version + 1)).toBe(`opened ${version + 1}`);

  // This tab: a plain message, a button with a picture, and the typed name still there.
  const notice = page.getByRole('alert').filter({ hasText: 'updated in another window' });
  await expect(notice).toContainText('Open My Plan again to go on.');
  const reload = notice.getByRole('button', { name: 'Open My Plan again' });
  await expect(reload.locator('img')).toHaveCount(1);
  await expect(name).toHaveValue('Noor');
  await expectNoAxeViolationsHere(page, 'the notice after an update in another tab');

  // A save tried now is refused plainly; the name stays.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed.' })).toContainText(
    'My Plan was updated in another window.',
  );
  await expect(name).toHaveValue('Noor');

  // Open My Plan again: the form comes back with the name, and saving works.
  await reload.click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Noor');
  await expect(page.getByText('updated in another window')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Noor's home" })).toBeVisible();
  await other.close();
});

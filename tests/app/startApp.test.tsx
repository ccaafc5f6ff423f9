// Starting My Plan never hangs and always explains: data whose upgrade failed opens read-only with
// a plain message, and a start blocked by another window shows the app (and the notice) at once.
import { act, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { startApp } from '../../src/app/startApp';
import { setDatabase } from '../../src/storage/database';
import { MyPlanDb } from '../../src/storage/db';
import { DATA_VERSION, MIGRATIONS, type Migration } from '../../src/storage/migrations';
import {
  createFixtureDatabase,
  nativeVersion,
  type DatabaseFixture,
} from '../fixtures/databases/fixtureDatabase';
import v2 from '../fixtures/databases/v2.json';

/** Renders the whole app once `started` has resolved, as main.tsx does. */
async function renderApp(started: ReturnType<typeof startApp>): Promise<void> {
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <App started={started} />
      </Suspense>,
    );
    await started;
  });
}

const failing: Migration = {
  version: DATA_VERSION + 1,
  stores: {},
  upgrade: () => Promise.reject(new Error('the upgrade broke')),
};

async function fixtureName(): Promise<string> {
  const name = `start-${Math.random().toString(36).slice(2)}`;
  await createFixtureDatabase(name, v2 as DatabaseFixture);
  return name;
}

describe('startApp', () => {
  it('opens data whose upgrade failed read-only, and the app says so plainly', async () => {
    // The old data's settings (read, not changed) choose Portuguese.
    setDatabase(new MyPlanDb(await fixtureName(), [...MIGRATIONS, failing]));
    const started = startApp();
    expect(await started).toEqual({
      isReadOnly: true,
      readOnlyReason: 'upgrade-failed',
      isStorageMissing: false,
    });
    await renderApp(started);
    expect(
      await screen.findByText(/O My Plan não conseguiu preparar os seus planos\./),
    ).toBeInTheDocument();
  });

  it('does not wait for a window that blocks the data: the app shows and asks to close it', async () => {
    const name = await fixtureName();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, nativeVersion(v2.version));
      request.onsuccess = () => resolve(request.result);
    });
    old.onversionchange = () => undefined; // an old window that never lets go by itself
    setDatabase(new MyPlanDb(name));

    const started = startApp();
    expect(await started).toEqual({ isReadOnly: false, isStorageMissing: false });
    await renderApp(started);
    const notice = /Please close the other window\./;
    expect(await screen.findByText(notice)).toBeInTheDocument();
    old.close();
    await waitFor(() => expect(screen.queryByText(notice)).not.toBeInTheDocument());
    // Then the data opens: its settings turn the app to Portuguese.
    expect(await screen.findByRole('heading', { name: 'Quem usa o My Plan?' })).toBeVisible();
  });
});

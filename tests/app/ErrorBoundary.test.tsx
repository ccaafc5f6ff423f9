// A screen whose script is gone (another tab took an update) shows the way to the new version;
// any other crash still shows the boundary's own fallback.
import { screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { renderWithProviders } from '../support/renderWithProviders';

const UPDATED = 'My Plan was updated. Tap to get the new version. Your work is saved.';

function renderScreen(error: Error) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const Screen = lazy(() => Promise.reject(error));
  return renderWithProviders(
    <ErrorBoundary fallback={() => <p>crash fallback</p>}>
      <Suspense fallback={null}>
        <Screen />
      </Suspense>
    </ErrorBoundary>,
  );
}

describe('ErrorBoundary', () => {
  it('offers the new version when a screen of the old one cannot load', async () => {
    await renderScreen(
      new TypeError('Failed to fetch dynamically imported module: http://x/assets/A-1.js'),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'New version' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(UPDATED);
    expect(screen.getByRole('button', { name: 'Get the new version' })).toBeEnabled();
    expect(screen.queryByText('crash fallback')).toBeNull();
  });

  it('offers it for the words Safari uses too', async () => {
    await renderScreen(new TypeError('Importing a module script failed.'));
    expect(await screen.findByRole('button', { name: 'Get the new version' })).toBeVisible();
  });

  it('shows its own fallback for any other crash', async () => {
    await renderScreen(new Error('a bug'));
    expect(await screen.findByText('crash fallback')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Get the new version' })).toBeNull();
  });
});

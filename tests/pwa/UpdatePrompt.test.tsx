// The banner: "a new version is ready" while an update waits, "My Plan was updated" in a tab of
// the version before (a script failed to load), and nothing while a screen says it already.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpdatePrompt } from '../../src/pwa';
import { NewVersionScreen } from '../../src/pwa/NewVersion';
import { isChunkLoadError, listenForChunkErrors } from '../../src/pwa/staleVersion';
import { renderWithProviders } from '../support/renderWithProviders';

const UPDATED = 'My Plan was updated. Tap to get the new version. Your work is saved.';

describe('isChunkLoadError', () => {
  it('knows the words each browser uses for a script that did not load', () => {
    const url = 'http://x/assets/A-1.js';
    expect(
      isChunkLoadError(new TypeError(`Failed to fetch dynamically imported module: ${url}`)),
    ).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(
      isChunkLoadError(new TypeError(`error loading dynamically imported module: ${url}`)),
    ).toBe(true);
    expect(isChunkLoadError(new Error(`Unable to preload CSS for ${url}`))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('UpdatePrompt', () => {
  it('says nothing while this is the newest version', async () => {
    await renderWithProviders(<UpdatePrompt />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('says My Plan was updated once a script of this version fails to load', async () => {
    listenForChunkErrors();
    await renderWithProviders(<UpdatePrompt />);
    act(() => {
      window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
    });
    const banner = screen.getByRole('complementary', { name: 'New version' });
    expect(banner).toHaveTextContent(UPDATED);
    expect(screen.getByRole('button', { name: 'Get the new version' })).toBeEnabled();
  });

  it('stays away while a screen says it, so the words are there once', async () => {
    await renderWithProviders(
      <>
        <UpdatePrompt />
        <NewVersionScreen />
      </>,
    );
    expect(screen.getAllByText(UPDATED)).toHaveLength(1);
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

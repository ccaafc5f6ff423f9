// A part of a page whose script is gone is left out (and the page marked out of date); any other
// failure still reaches the error boundary.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { lazyPart } from '../../src/app/lazyPart';

function Part({ words }: { words: string }) {
  return <p>{words}</p>;
}

function renderPart(load: () => Promise<typeof Part>) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const Lazy = lazyPart(load);
  return render(
    <ErrorBoundary fallback={() => <p>crash fallback</p>}>
      <Suspense fallback={null}>
        <Lazy words="the part" />
      </Suspense>
      <p>the page</p>
    </ErrorBoundary>,
  );
}

describe('lazyPart', () => {
  it('shows the part once its script is loaded', async () => {
    renderPart(() => Promise.resolve(Part));
    expect(await screen.findByText('the part')).toBeVisible();
  });

  it('leaves the part out when its script is gone, and keeps the page', async () => {
    renderPart(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/P.js')),
    );
    expect(await screen.findByText('the page')).toBeVisible();
    expect(screen.queryByText('the part')).toBeNull();
    expect(screen.queryByText('crash fallback')).toBeNull();
  });

  it('lets any other failure reach the error boundary', async () => {
    renderPart(() => Promise.reject(new Error('a bug')));
    expect(await screen.findByText('crash fallback')).toBeVisible();
  });
});

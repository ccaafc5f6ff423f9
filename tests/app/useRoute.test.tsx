// A route change is a transition: the screen shown stays until the next one (a lazy chunk) is
// ready, so no empty "loading" screen flashes between screens.
import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../src/app/useRoute';

function goTo(hash: string) {
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

afterEach(() => {
  window.history.replaceState(null, '', '#/');
});

describe('useRoute', () => {
  it('keeps the current screen while the next one loads, then shows it', async () => {
    let finish: () => void = () => undefined;
    const loaded = new Promise<{ default: () => React.JSX.Element }>((resolve) => {
      finish = () => resolve({ default: () => <p>Home screen</p> });
    });
    const Home = lazy(() => loaded);
    function Current() {
      const route = useRoute();
      return route.name === 'home' ? <Home /> : <p>People screen</p>;
    }
    window.history.replaceState(null, '', '#/');
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Current />
      </Suspense>,
    );
    expect(screen.getByText('People screen')).toBeInTheDocument();

    act(() => goTo('#/person/abc'));
    expect(screen.getByText('People screen')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();

    await act(async () => {
      finish();
      await loaded;
    });
    expect(await screen.findByText('Home screen')).toBeInTheDocument();
    expect(screen.queryByText('People screen')).not.toBeInTheDocument();
  });

  it('follows the hash for every component using it', () => {
    function Name() {
      return <span data-testid="route">{useRoute().name}</span>;
    }
    window.history.replaceState(null, '', '#/');
    render(
      <>
        <Name />
        <Name />
      </>,
    );
    act(() => goTo('#/people/new'));
    expect(screen.getAllByTestId('route').map((n) => n.textContent)).toEqual([
      'add-person',
      'add-person',
    ]);
  });
});

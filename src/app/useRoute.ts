// The current route, updated when the hash changes. A route change is a transition: React keeps
// the old screen until the new one (and its lazy chunk) is ready, instead of showing an empty
// Suspense fallback and waiting out React's fixed reveal delay on every screen change.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { parseRoute, type Route } from './routes';

const setters = new Set<(hash: string) => void>();

function handleHashChange(): void {
  const hash = window.location.hash;
  startTransition(() => setters.forEach((setHash) => setHash(hash)));
}

function follow(setHash: (hash: string) => void): () => void {
  if (setters.size === 0) window.addEventListener('hashchange', handleHashChange);
  setters.add(setHash);
  // The hash may have changed between this component's render and now.
  setHash(window.location.hash);
  return () => {
    setters.delete(setHash);
    if (setters.size === 0) window.removeEventListener('hashchange', handleHashChange);
  };
}

/** The screen to show now. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => follow(setHash), []);
  return useMemo(() => parseRoute(hash), [hash]);
}

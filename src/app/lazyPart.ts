// React.lazy for a part of a page (not a whole screen) whose script may be gone: a tab of an older
// version after another tab took an update. The part is then left out instead of crashing the
// page; the banner offers the new version (pwa/staleVersion). Whole screens need no wrapper: the
// error boundary around them shows the way to the new version in their place.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { isChunkLoadError, markStale } from '../pwa';

function Nothing(): null {
  return null;
}

/** Like `lazy(() => import(…))`, but a part whose script cannot load shows nothing. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      if (!isChunkLoadError(error)) throw error;
      markStale();
      return { default: Nothing as ComponentType<P> };
    }
  });
}

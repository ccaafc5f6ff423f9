// Part of My Plan's service worker (imported by the sw.js that Workbox makes; see vite.config.ts).
// When a new version installs, this keeps a copy of the scripts and styles of the version before:
// Workbox removes them from its cache when the new version takes over, but a tab still showing
// the old version may yet open a screen whose script it has not loaded. The runtimeCaching route
// for assets/ in vite.config.ts answers from this copy. Only the one version before is kept.
const PREVIOUS_VERSION = 'my-plan-previous-version';

async function keepPreviousVersion() {
  const assets = new URL('assets/', self.registration.scope).href;
  await caches.delete(PREVIOUS_VERSION);
  const previous = await caches.open(PREVIOUS_VERSION);
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(assets)) continue;
      const response = await cache.match(request);
      if (response) await previous.put(request.url.split('?')[0], response);
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepPreviousVersion());
});

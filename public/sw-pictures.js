// Part of My Plan's service worker (imported by the sw.js that Workbox makes; see vite.config.ts).
// The picture library is some 770 small SVG files. Workbox's precache fetches its files one at a
// time, so precaching each of them kept a new tablet from being ready offline for a long time (13 s
// on loopback; minutes on a slow network). The build packs them all into one file,
// icons/pictures.json ({ "<id>": "<svg …>" }), which is precached like any other file; this
// answers every request for icons/svg/<id>.svg from that pack, online and offline alike.
// A picture that is not in the pack (there is none today) is asked of the network.
const PICTURES_PATH = new URL('icons/svg/', self.registration.scope).pathname;
const PICTURES_PACK = new URL('icons/pictures.json', self.registration.scope).href;

/** The pack, read once per service-worker start: a promise of a Map id → SVG text, or null. */
let picturesPack = null;

function readPicturesPack() {
  picturesPack ??= (async () => {
    // Workbox keeps the pack under its own key (with a revision); any version of it will do,
    // since pictures are only ever added.
    const response = await caches.match(PICTURES_PACK, { ignoreSearch: true });
    if (!response) return null;
    return new Map(Object.entries(await response.json()));
  })().catch(() => null);
  return picturesPack.then((pack) => {
    if (!pack) picturesPack = null; // not cached yet: look again next time
    return pack;
  });
}

async function answerPicture(request, id) {
  const svg = (await readPicturesPack())?.get(id);
  if (typeof svg !== 'string') return fetch(request);
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(PICTURES_PATH)) return;
  const match = /^([0-9a-f-]+)\.svg$/.exec(url.pathname.slice(PICTURES_PATH.length));
  if (!match) return;
  event.respondWith(answerPicture(request, match[1]));
});

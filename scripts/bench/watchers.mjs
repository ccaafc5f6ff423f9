// Timings taken inside the page with `window.__bench` (see probes.mjs): a plan's cards all
// painted, a moved card painted and stored, a photo shown, and raw IndexedDB reads and writes.
/* global window, document */

/**
 * Starts timing the opening of a plan: from the next click until `count` cards
 * (`[data-card-id]`) are in the page, each with its picture loaded and decoded, and painted.
 * Stored in `window.__bench.pending`; resolves with { start, end }.
 */
export function watchPlanOpen({ count, timeoutMs }) {
  const { until, painted, firstEvent, withTimeout } = window.__bench;
  const started = firstEvent('click');
  const complete = (async () => {
    const images = await until(() => {
      const cards = document.querySelectorAll('[data-card-id]');
      if (cards.length !== count) return undefined;
      const found = [...cards].map((card) => card.querySelector('img'));
      return found.every((img) => img && img.complete && img.naturalWidth > 0) ? found : undefined;
    });
    await Promise.all(images.map((img) => img.decode()));
    return { start: await started, end: await painted() };
  })();
  window.__bench.pending = withTimeout(complete, timeoutMs, `${count} cards with their photos`);
}

/**
 * Starts timing a card move: from the drop (drag) or the click (tap-to-place) until card
 * `cardId` is in the lane list labelled by `lane-<laneId>` and painted, and until IndexedDB's
 * cards store says it is in `laneId` (read in a loop, every 2 ms, on a connection of its own).
 * Resolves `window.__bench.pending` with { start, painted, stored }.
 */
export function watchMove({ cardId, laneId, startEvent, timeoutMs }) {
  const { until, painted, firstEvent, withTimeout, openDb, ask } = window.__bench;
  const started = firstEvent(startEvent);
  const measure = async () => {
    const db = await openDb();
    try {
      const start = await started;
      const selector = `[aria-labelledby~="lane-${laneId}"] [data-card-id="${cardId}"]`;
      const paintedAt = until(() => document.querySelector(selector)).then(painted);
      const storedAt = (async () => {
        for (;;) {
          const tx = db.transaction('cards', 'readonly');
          const card = await ask(tx.objectStore('cards').get(cardId));
          if (card && card.laneId === laneId) return performance.now();
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      })();
      return { start, painted: await paintedAt, stored: await storedAt };
    } finally {
      db.close();
    }
  };
  window.__bench.pending = withTimeout(measure(), timeoutMs, 'the moved card');
}

/**
 * Starts timing a photo: from the file field's change until the chosen photo is shown on the
 * add-card screen (`.picture-picker__current img`, loaded, decoded, painted).
 * Resolves `window.__bench.pending` with { start, end }.
 */
export function watchPhoto({ timeoutMs }) {
  const { until, painted, firstEvent, withTimeout } = window.__bench;
  const before = new Set([...document.querySelectorAll('img')].map((img) => img.src));
  const started = firstEvent('change', (event) => event.target?.type === 'file');
  const measure = async () => {
    const start = await started;
    const img = await until(() => {
      const shown = document.querySelector('.picture-picker__current img');
      return shown && !before.has(shown.src) && shown.complete && shown.naturalWidth > 0
        ? shown
        : undefined;
    });
    await img.decode();
    return { start, end: await painted() };
  };
  window.__bench.pending = withTimeout(measure(), timeoutMs, 'the photo on the add-card screen');
}

/** The ids in IndexedDB's pictures store. */
export async function pictureIds() {
  const { openDb, ask } = window.__bench;
  const db = await openDb();
  try {
    return await ask(db.transaction('pictures', 'readonly').objectStore('pictures').getAllKeys());
  } finally {
    db.close();
  }
}

/** Stored bytes of pictures `ids` (ArrayBuffer or Blob sizes). */
export async function pictureSizes(ids) {
  const { openDb, ask } = window.__bench;
  const db = await openDb();
  try {
    const store = db.transaction('pictures', 'readonly').objectStore('pictures');
    const records = await Promise.all(ids.map((id) => ask(store.get(id))));
    return records.map((record) => record?.bytes?.byteLength ?? record?.bytes?.size ?? 0);
  } finally {
    db.close();
  }
}

/**
 * Raw IndexedDB on the app's database: the time to read every card of plan `planId` by the
 * cards store's planId index (getAll, until its success event) and to write the same records
 * back in one readwrite transaction (put each, until the transaction completes).
 */
export async function idbLoadSave({ planId }) {
  const { openDb, ask, done } = window.__bench;
  const db = await openDb();
  try {
    const loadStart = performance.now();
    const readTx = db.transaction('cards', 'readonly');
    const cards = await ask(readTx.objectStore('cards').index('planId').getAll(planId));
    const loaded = performance.now();
    await done(readTx);
    const saveStart = performance.now();
    const writeTx = db.transaction('cards', 'readwrite');
    const store = writeTx.objectStore('cards');
    for (const card of cards) store.put(card);
    await done(writeTx);
    const saved = performance.now();
    return { count: cards.length, load: loaded - loadStart, save: saved - saveStart };
  } finally {
    db.close();
  }
}

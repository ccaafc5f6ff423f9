// Code that runs inside the page: the probe that says when the first screen is usable, and the
// helpers (`window.__bench`) the other in-page timings use. Every wait has its own timeout.
/* global window, document, requestAnimationFrame, MutationObserver, indexedDB */

/**
 * Init script of a first or repeat visit. Records First Contentful Paint, and "usable": the
 * heading and the control of the first screen are in the page, a frame with them has been made,
 * and then the first task that waited less than 50 ms to run (the main thread is free enough to
 * answer a tap). Results in `window.__benchVisit` (ms since the navigation started).
 * @param {{ heading: string, control: string, timeoutMs: number }} names
 */
export function visitProbe({ heading, control, timeoutMs }) {
  const result = { fcp: undefined, present: undefined, usable: undefined, probes: 0 };
  let finish;
  let fail;
  const done = new Promise((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  window.__benchVisit = { result, done };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const timer = setTimeout(
    () => fail(new Error(`first screen not usable after ${timeoutMs / 1000} s`)),
    timeoutMs,
  );
  const hasText = (selector, text) =>
    [...document.querySelectorAll(selector)].some((el) => el.textContent.trim() === text);
  const probe = () => {
    const channel = new MessageChannel();
    const posted = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      result.probes += 1;
      if (now - posted < 50) {
        result.usable = now;
        clearTimeout(timer);
        finish(result);
      } else probe();
    };
    channel.port2.postMessage(0);
  };
  const observer = new MutationObserver(() => {
    if (!hasText('h1', heading) || !hasText('a, button', control)) return;
    observer.disconnect();
    result.present = performance.now();
    requestAnimationFrame(probe);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Installs `window.__bench`: the helpers the other measurements use. Run after each navigation.
 */
export function installBenchLib() {
  if (window.__bench) return;
  /** Resolves with performance.now() just after the frame being made now is painted. */
  const painted = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    });
  const withTimeout = (promise, ms, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)),
        ms,
      );
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  /** Resolves with the timeStamp of the first `type` event (capture phase) that `accept`s. */
  const firstEvent = (type, accept = () => true) =>
    new Promise((resolve) => {
      const handler = (event) => {
        if (!accept(event)) return;
        window.removeEventListener(type, handler, true);
        resolve(event.timeStamp);
      };
      window.addEventListener(type, handler, true);
    });
  /** Resolves with `check()`'s first truthy answer, asked after every DOM change and load. */
  const until = (check) =>
    new Promise((resolve, reject) => {
      let queued = false;
      const ask = () => {
        queued = false;
        let answer;
        try {
          answer = check();
        } catch (error) {
          stop();
          reject(error);
          return;
        }
        if (answer) {
          stop();
          resolve(answer);
        }
      };
      const soon = () => {
        if (queued) return;
        queued = true;
        queueMicrotask(ask);
      };
      const observer = new MutationObserver(soon);
      const stop = () => {
        observer.disconnect();
        document.removeEventListener('load', soon, true);
      };
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      // On the document: a picture's load event never reaches the window.
      document.addEventListener('load', soon, true);
      soon();
    });
  /** The raw IndexedDB of the app (no version given: opens what is there, never upgrades). */
  const openDb = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('my-plan');
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB open blocked'));
    });
  const ask = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });

  window.__bench = {
    painted,
    withTimeout,
    firstEvent,
    until,
    openDb,
    ask,
    done,
    pending: undefined,
    /** Main thread idle: three probe tasks in a row ran within 10 ms (at most `ms`). */
    async settle(ms = 5000) {
      const end = performance.now() + ms;
      let calm = 0;
      while (calm < 3 && performance.now() < end) {
        const posted = performance.now();
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
        calm = performance.now() - posted < 10 ? calm + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

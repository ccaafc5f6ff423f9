// Notices when the page changes, so the scanning tree is built again only when needed (never on
// every step), and tells when the page has settled after a choice or a new screen.

/** Attributes that change what can be scanned (classes and styles the scanner sets are not here). */
const WATCHED = [
  'disabled',
  'hidden',
  'inert',
  'open',
  'aria-hidden',
  'aria-disabled',
  'aria-expanded',
  'aria-pressed',
  'aria-modal',
];

/** No change for this long: the page has settled. */
const QUIET_MS = 150;
/** A choice that changes nothing this long after is taken as done. */
const CHANGE_WAIT_MS = 600;
/** Never wait longer than this (a screen that never settles still gets scanned). */
const MOST_MS = 3000;
const POLL_MS = 50;

/** When to call a settled page ready. */
export interface SettleOptions {
  /** Extra condition, e.g. the new screen's main part is there. */
  isReady?: () => boolean;
}

/** Watches the page for changes that matter to scanning. */
export class PageWatcher {
  /** The page changed since the tree was last built. */
  isDirty = true;
  private lastChange = 0;
  private changes = 0;
  private readonly observer: MutationObserver;

  constructor(root: Node) {
    this.observer = new MutationObserver(() => {
      this.isDirty = true;
      this.lastChange = Date.now();
      this.changes += 1;
    });
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED,
    });
  }

  /** Stops watching. */
  stop(): void {
    this.observer.disconnect();
  }

  /**
   * Calls `done` once the page has changed (or clearly will not) and then stayed still for a
   * moment. Returns a function that cancels the wait.
   */
  settle(done: () => void, options: SettleOptions = {}): () => void {
    const start = Date.now();
    const changesAtStart = this.changes;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      const now = Date.now();
      const hasChanged = this.changes > changesAtStart || now - start >= CHANGE_WAIT_MS;
      const isQuiet = now - this.lastChange >= QUIET_MS;
      const isReady = options.isReady?.() ?? true;
      if ((hasChanged && isQuiet && isReady) || now - start >= MOST_MS) {
        timer = undefined;
        done();
      } else {
        timer = setTimeout(poll, POLL_MS);
      }
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
    };
  }
}

// A full disk, made on purpose at the IndexedDB level (fake-indexeddb), in both shapes browsers use:
// a write refused with QuotaExceededError, or a transaction aborted at commit with the cause inside.
import { afterEach } from 'vitest';

/**
 * 'quota': the Nth write throws a QuotaExceededError DOMException (the writes before it happened).
 * 'abort-at-commit': every write happens, then the transaction aborts when it commits, with a
 * QuotaExceededError as its error (Chrome: Dexie reports AbortError with the cause in `inner`).
 */
export type FaultShape = 'quota' | 'abort-at-commit';

type Method = (this: unknown, ...args: unknown[]) => unknown;
interface Patch {
  target: Record<string, unknown>;
  name: string;
  original: Method;
}

interface Armed {
  shape: FaultShape;
  failAt: number;
  writes: number;
  doomed: Set<IDBTransaction>;
  /** Set once the fault happened. */
  hasFired: boolean;
}

const WRITES: [string, string[]][] = [
  ['IDBObjectStore', ['put', 'add', 'delete', 'clear']],
  ['IDBCursor', ['update', 'delete']],
];

let armed: Armed | undefined;
let counting: { writes: number } | undefined;
const patches: Patch[] = [];

function transactionOf(target: unknown): IDBTransaction | undefined {
  const owner = target as {
    transaction?: IDBTransaction;
    source?: { transaction?: IDBTransaction };
  };
  return owner.transaction ?? owner.source?.transaction;
}

/** Counts a write about to happen; throws when it is the one that must fail as 'quota'. */
function onWrite(target: unknown): void {
  const transaction = transactionOf(target);
  if (transaction?.mode === 'versionchange') return;
  if (counting) counting.writes += 1;
  if (!armed || armed.hasFired) return;
  armed.writes += 1;
  if (armed.writes < armed.failAt) return;
  armed.hasFired = true;
  if (armed.shape === 'quota') {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  if (transaction) armed.doomed.add(transaction);
}

interface FakeTransaction {
  _state: string;
  _requests: { request: { readyState: string } }[];
  _abort: (name: string) => void;
}

/** True when a doomed transaction has nothing left to do: the moment it would commit. */
function isCommitting(transaction: FakeTransaction): boolean {
  return (
    armed?.doomed.has(transaction as unknown as IDBTransaction) === true &&
    transaction._state !== 'finished' &&
    transaction._requests.every(({ request }) => request.readyState === 'done')
  );
}

function patch(target: Record<string, unknown>, name: string, wrap: (original: Method) => Method) {
  const original = target[name] as Method;
  patches.push({ target, name, original });
  target[name] = wrap(original);
}

function install(): void {
  if (patches.length) return;
  const scope = globalThis as unknown as Record<string, { prototype: Record<string, unknown> }>;
  for (const [type, methods] of WRITES) {
    const prototype = scope[type]?.prototype;
    if (!prototype) throw new Error(`no ${type} in this environment`);
    for (const name of methods) {
      patch(
        prototype,
        name,
        (original) =>
          function write(this: unknown, ...args: unknown[]) {
            onWrite(this);
            return original.apply(this, args);
          },
      );
    }
  }
  const transaction = scope.IDBTransaction?.prototype;
  if (!transaction) throw new Error('no IDBTransaction in this environment');
  // fake-indexeddb commits in _start once no request is left: a doomed transaction aborts there.
  patch(
    transaction,
    '_start',
    (original) =>
      function start(this: unknown) {
        const self = this as FakeTransaction;
        if (isCommitting(self)) return self._abort('QuotaExceededError');
        return original.apply(this);
      },
  );
}

function uninstall(): void {
  for (const { target, name, original } of patches.splice(0).reverse()) target[name] = original;
}

/** Makes the `failAt`-th write from now fail in `shape`; returns whether it has happened yet. */
export function armQuotaFault(shape: FaultShape, failAt = 1): () => boolean {
  install();
  const state: Armed = { shape, failAt, writes: 0, doomed: new Set(), hasFired: false };
  armed = state;
  return () => state.hasFired;
}

/** Stops any armed fault (the next writes work again). */
export function disarmQuotaFault(): void {
  armed = undefined;
}

/** Runs `work` and counts the IndexedDB writes it makes (not counting schema upgrades). */
export async function countWrites(work: () => Promise<unknown>): Promise<number> {
  install();
  counting = { writes: 0 };
  try {
    await work();
    return counting.writes;
  } finally {
    counting = undefined;
  }
}

afterEach(() => {
  armed = undefined;
  counting = undefined;
  uninstall();
});

// A fake navigator.storage for the storage tests: what the browser says (or that it says nothing).
import { vi } from 'vitest';

/** What the fake browser tells; undefined fields are missing from its StorageManager. */
export interface FakeStorage {
  persisted?: boolean;
  usage?: number;
  quota?: number;
  /** What persist() answers; no persist() at all when undefined. */
  persist?: boolean;
}

/** Puts a fake `navigator.storage` in place (none at all for `null`); returns its spies. */
export function fakeStorage(fake: FakeStorage | null) {
  const persist = vi.fn(() => Promise.resolve(fake?.persist ?? false));
  let isPersisted = fake?.persisted ?? false;
  persist.mockImplementation(() => {
    isPersisted = fake?.persist ?? false;
    return Promise.resolve(isPersisted);
  });
  const manager = fake && {
    ...(fake.persisted === undefined ? {} : { persisted: () => Promise.resolve(isPersisted) }),
    ...(fake.usage === undefined ? {} : { estimate: () => Promise.resolve(fake) }),
    ...(fake.persist === undefined ? {} : { persist }),
  };
  Object.defineProperty(navigator, 'storage', { value: manager ?? undefined, configurable: true });
  return { persist };
}

/** Takes the fake away again. */
export function removeFakeStorage(): void {
  Reflect.deleteProperty(navigator, 'storage');
}

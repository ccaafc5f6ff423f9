// Test setup: an in-memory IndexedDB, a fresh database per test, and jest-dom matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { MyPlanDb } from '../../src/storage/db';
import { resetStaleVersion } from '../../src/pwa/staleVersion';
import { setDatabase } from '../../src/storage/database';

// A loaded CI machine (2 cores, the browser tests beside) needs more than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let n = 0;
let current: MyPlanDb | undefined;

beforeEach(() => {
  n += 1;
  current = new MyPlanDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
  setDatabase(current);
});

afterEach(async () => {
  cleanup();
  if (current) {
    current.close();
    await current.delete();
  }
  sessionStorage.clear();
  localStorage.clear();
  // Files share one page (vitest.config.ts): each starts at the first screen, not the last one's.
  window.history.replaceState(null, '', '/');
  resetStaleVersion();
});

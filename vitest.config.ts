// Unit and component tests (Vitest + Testing Library + fake-indexeddb); e2e lives in tests/e2e.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['tests/**/*.test.{ts,tsx}'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**'];
/** Test files that mock a module of the app (vi.mock): they must not share modules with others. */
const OWN_MODULES = [
  'tests/plans/boardRenders.test.tsx',
  'tests/plans/moveShownAtOnce.test.tsx',
  'tests/pictures/pictureUrlCache.test.ts',
  'tests/storage/schemasFirstLoad.test.ts',
  'tests/people/howILikeIt.test.tsx',
  'tests/people/usePreferences.test.tsx',
];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Component walks (keyboard moves, whole screens) take seconds on a busy 2-core machine; the
    // limit only catches hangs, it never judges speed.
    testTimeout: 15_000,
    // Worker threads start far faster than the default child processes.
    pool: 'threads',
    projects: [
      {
        // Most files share one jsdom per worker: a new jsdom and a fresh import of the app for
        // each of ~95 files was three quarters of the time (~200 s → ~60 s on 2 cores). Each test
        // still gets its own database and an empty page (tests/support/setup.ts).
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: INCLUDE,
          exclude: [...EXCLUDE, ...OWN_MODULES],
        },
      },
      {
        // Files that replace a module of the app (vi.mock) get modules of their own.
        extends: true,
        test: { name: 'own-modules', isolate: true, include: OWN_MODULES, exclude: EXCLUDE },
      },
    ],
  },
});

// Unit and component tests (Vitest + Testing Library + fake-indexeddb); e2e lives in tests/e2e.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Component walks (keyboard moves, whole screens) take seconds on a busy 2-core machine; the
    // limit only catches hangs, it never judges speed.
    testTimeout: 15_000,
    // Worker threads start far faster than the default child processes: 620 tests in ~130 s
    // instead of ~210 s on the 2-core CI machine (the jsdom set-up per file is most of it).
    pool: 'threads',
  },
});

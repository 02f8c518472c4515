import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure functions and Markdown plugins, no build needed),
 * `build` (real builds of broken content fixtures, which must fail clearly) and
 * `e2e` (Chromium against the built site in dist/, started by the global setup).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Room for a loaded two-core machine (the real map takes ~1 s alone); a guard, not a speed check.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores on CI, so keep files from fighting.
          maxWorkers: 2,
        },
      },
    ],
  },
});

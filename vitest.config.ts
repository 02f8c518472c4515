/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure functions and Markdown plugins, no build needed)
 * and `e2e` (Chromium against the built site in dist/, started by the global setup).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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

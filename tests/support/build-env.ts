/**
 * Environment for an `astro build` spawned from a test. Vitest puts Vite's
 * own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child
 * build would read BASE_URL as its base path, so they are removed.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ])
    delete env[key];
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

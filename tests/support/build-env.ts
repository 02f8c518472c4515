import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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

/** What a spawned build gave: its exit code and everything it printed. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` with `buildEnv(extra)`; resolves (never rejects) with the exit code and all output. */
export function astroBuild(extra: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], { env: buildEnv(extra) });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Every file under `dir` (a built site), by its path relative to it. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) all.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return all;
}

/** The paths of two built sites that are missing from one or differ in a byte. */
export function differingFiles(a: string, b: string): string[] {
  const [x, y] = [filesUnder(a), filesUnder(b)];
  const same = (path: string) => x.get(path)?.equals(y.get(path) ?? Buffer.alloc(0)) === true && y.has(path);
  return [...new Set([...x.keys(), ...y.keys()])].filter((path) => !same(path)).sort();
}

/**
 * The pure parts of rendering Markdown in worker threads
 * (src/data/markdown-pool-loader.ts): how many workers, and how a worker,
 * which Node runs without Vite, finds the project's TypeScript modules.
 */

/**
 * The number of worker threads from `MARKDOWN_WORKERS` (unset: one per core).
 * 0 or 1 renders on the main thread, as Astro does: one worker would only add
 * the cost of sending each file to it.
 */
export function workerCount(setting: string | undefined, cores: number): number {
  if (setting === undefined || setting.trim() === '') return cores < 2 ? 0 : cores;
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 0) throw new Error(`MARKDOWN_WORKERS must be a whole number of threads (0 for none), not "${setting}"`);
  return n < 2 ? 0 : n;
}

/**
 * The project's modules import each other without extensions, as Vite
 * allows; Node needs the file's name. For a relative import without an
 * extension from a TypeScript module, the `.ts` file to try; otherwise
 * undefined (packages and named files resolve as they are).
 */
export function typeScriptCandidate(specifier: string, parentURL: string | undefined): string | undefined {
  if (!parentURL?.endsWith('.ts')) return undefined;
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  if (/\.(?:[cm]?[jt]s|json)$/.test(specifier)) return undefined;
  return `${specifier}.ts`;
}

/**
 * One pass over the pages of a finished build, shared by everything that
 * post-processes them: the search index, the Japanese font narrowing and the
 * site-wide security policy. Each HTML file is read once, and every consumer
 * sees it then and keeps only what it needs (the index a copy for Pagefind,
 * the font the characters, the headers the policy); a consumer may return a
 * new text for the page, which is written back. Pages go through in groups
 * (a few at a time within a group), so memory stays bounded by a group's
 * in-flight pages whatever the size of the site, and a consumer can hand a
 * finished group on (the index gives one to Pagefind while the next is read).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every .html file under `outDir`, sorted, leaving out Pagefind's own bundle. */
async function builtHtmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(outDir, f).startsWith('pagefind'))
    .sort();
}

export interface PassContext {
  outDir: string;
  /** The project root, for options given relative to it. */
  root: string;
  /** The deploy base, "/" or "/news/". */
  base: string;
  logger: AstroIntegrationLogger;
  /** Every page the pass will read, sorted (absolute paths). */
  files: readonly string[];
}

export interface BuiltPage {
  /** Absolute path. */
  file: string;
  /** Path from the output folder, with forward slashes: "articles/x/index.html". */
  rel: string;
  html: string;
  /** Which group of the pass the page is in. */
  group: number;
}

export interface PageConsumer {
  readonly name: string;
  /** Before the first page. */
  start?(ctx: PassContext): Promise<void>;
  /** Each page; a string returned replaces the page's text on disk. */
  page(page: BuiltPage): Promise<string | undefined> | string | undefined;
  /** After each group's last page. */
  groupDone?(group: number): Promise<void>;
  /** After the last page. */
  finish?(ctx: PassContext): Promise<void>;
  /** Always, last, whether the pass succeeded or not. */
  cleanup?(): Promise<void>;
}

export interface PassOptions {
  /** Pages read at once. */
  concurrency?: number;
  /** Pages per group. */
  groupSize?: number;
}

/** Runs `task` on every item, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Reads every built page once and hands it to each consumer. */
export async function runPagePass(
  ctx: Omit<PassContext, 'files'>,
  consumers: readonly PageConsumer[],
  { concurrency = 16, groupSize = 1000 }: PassOptions = {},
): Promise<void> {
  if (!Number.isInteger(groupSize) || groupSize < 1)
    throw new RangeError(`The group size must be a whole number of pages, at least 1; got ${groupSize}`);
  const full: PassContext = { ...ctx, files: await builtHtmlFiles(ctx.outDir) };
  const { files } = full;
  try {
    for (const c of consumers) await c.start?.(full);
    for (let start = 0, group = 0; start < files.length; start += groupSize, group++) {
      await eachLimited(files.slice(start, start + groupSize), concurrency, async (file) => {
        const html = await readFile(file, 'utf8');
        const page: BuiltPage = { file, rel: relative(ctx.outDir, file).replace(/\\/g, '/'), html, group };
        let next: string | undefined;
        for (const c of consumers) next = (await c.page(page)) ?? next;
        if (next !== undefined && next !== html) await writeFile(file, next);
      });
      for (const c of consumers) await c.groupDone?.(group);
    }
    for (const c of consumers) await c.finish?.(full);
  } finally {
    for (const c of consumers) await c.cleanup?.();
  }
}

/** The Astro integration: runs the consumers over the pages after every production build. */
export default function builtPages(consumers: readonly PageConsumer[], options: PassOptions = {}): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'site:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runPagePass({ outDir: fileURLToPath(dir), root, base, logger }, consumers, options);
      },
    },
  };
}

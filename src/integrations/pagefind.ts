/**
 * Builds the Pagefind search index at the end of `astro build`.
 *
 * Every built page with `data-pagefind-body` is read, given its extras by
 * `prepareForIndex` (result type, year filter, undated sort key and the other
 * names of what it mentions, from the glossary and places data), written to
 * a temporary folder and indexed from there by Pagefind's Node API; the files
 * readers download are not changed. The bundle is written to
 * `<outDir>/pagefind/`, served at `<base>pagefind/`.
 * Result URLs are stored without the base ("/articles/x/"); the browser adds
 * it with Pagefind's `baseUrl` option (src/scripts/search/pagefind.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadGlossaryTerms, loadPlaces } from '../data/files';
import { CONTENT_DIR } from '../data/content-dir';
import { builtHtmlFiles } from './built-pages';
import { nameGroups, type GlossaryNames, type NameGroup, type PlaceNames } from '../lib/search/aliases';
import { DEFAULT_EXCLUDE, pathForFile, prepareForIndex } from '../lib/search/indexing';

export interface PagefindOptions {
  /** Folder with `glossary/` and `places/` (default: `CONTENT_DIR` or `./content`). */
  contentDir?: string;
  /** Pages read, prepared and written for indexing at once. */
  concurrency?: number;
  /** Pages per batch handed to Pagefind while the next batch is prepared. */
  batchSize?: number;
  /** Parts of indexed content to leave out (on top of `data-pagefind-ignore`); see DEFAULT_EXCLUDE for the selectors allowed. */
  excludeSelectors?: string[];
}

/** Name groups from the glossary and places. */
function loadNameGroups(contentDir: string): NameGroup[] {
  const glossary: GlossaryNames[] = loadGlossaryTerms(join(contentDir, 'glossary'));
  const places: PlaceNames[] = loadPlaces(join(contentDir, 'places'));
  return nameGroups(glossary, places);
}

function check<T extends { errors: string[] }>(response: T, what: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const e of response.errors) logger.error(`${what}: ${e}`);
    throw new Error(`Pagefind failed: ${what}`);
  }
  return response;
}

/** Runs `task` on every item, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`.
 *
 * The copies to index are written to a temporary folder, mirroring `outDir`,
 * and Pagefind reads that folder itself (`addDirectory`): at 4,000 pages
 * that is about twice as fast as sending each page over its service protocol
 * (`addHTMLFile`), and the files readers download stay as they are.
 * The pages go in batches, each in a folder of its own: Pagefind indexes one
 * batch (in its own process) while this one prepares the next, so the two
 * overlap instead of taking turns.
 */
export async function buildSearchIndex(opts: {
  outDir: string;
  contentDir: string;
  logger: AstroIntegrationLogger;
  concurrency?: number;
  batchSize?: number;
  excludeSelectors?: string[];
}): Promise<{ pages: number; skipped: number }> {
  const { outDir, contentDir, logger, concurrency = 16, batchSize = 1000, excludeSelectors = DEFAULT_EXCLUDE } = opts;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number of pages, at least 1; got ${batchSize}`);
  const started = performance.now();
  const groups = loadNameGroups(contentDir);
  const files = await builtHtmlFiles(outDir);
  const staging = await mkdtemp(join(tmpdir(), 'site-pagefind-'));
  let pages = 0;
  /** Prepares `batch` into its own mirror of outDir; returns how many pages it wrote. */
  const prepareBatch = async (batch: readonly string[], root: string) => {
    let written = 0;
    await eachLimited(batch, concurrency, async (file) => {
      const rel = relative(outDir, file);
      const content = prepareForIndex(await readFile(file, 'utf8'), pathForFile(rel), groups, excludeSelectors);
      if (content === undefined) return;
      await mkdir(dirname(join(root, rel)), { recursive: true });
      await writeFile(join(root, rel), content);
      written++;
    });
    return written;
  };
  try {
    const { index } = check(await pagefind.createIndex(), 'createIndex', logger);
    if (!index) throw new Error('Pagefind returned no index');
    let indexing: Promise<void> = Promise.resolve();
    for (let start = 0; start < files.length; start += batchSize) {
      const root = join(staging, String(start / batchSize));
      const written = await prepareBatch(files.slice(start, start + batchSize), root);
      await indexing;
      pages += written;
      indexing = written
        ? index.addDirectory({ path: root }).then((added) => {
            check(added, 'indexing the pages', logger);
            if (added.page_count !== written)
              throw new Error(`Pagefind indexed ${added.page_count} pages of the ${written} prepared in ${root}`);
          })
        : Promise.resolve();
      // Awaited before the next batch or after the last; marked handled so a
      // failure while the next batch is prepared is not an unhandled rejection.
      indexing.catch(() => {});
    }
    await indexing;
    check(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writing the bundle', logger);
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
  // The pages not prepared are those without data-pagefind-body.
  const skipped = files.length - pages;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`Indexed ${pages} pages (${skipped} without data-pagefind-body skipped) with ${groups.length} name groups in ${seconds} s.`);
  return { pages, skipped };
}

/** The Astro integration: runs `buildSearchIndex` after every production build. */
export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const contentDir = resolve(root, options.contentDir ?? CONTENT_DIR);
        await buildSearchIndex({
          outDir: fileURLToPath(dir),
          contentDir,
          logger,
          ...(options.concurrency ? { concurrency: options.concurrency } : {}),
          ...(options.batchSize ? { batchSize: options.batchSize } : {}),
          ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
        });
      },
    },
  };
}

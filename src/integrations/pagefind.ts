/**
 * Builds the Pagefind search index at the end of `astro build`.
 *
 * Every built page with `data-pagefind-body` is read, given its extras by
 * `prepareForIndex` (result type, year filter, undated sort key and the other
 * names of what it mentions, from the glossary and places data) and handed to
 * Pagefind's Node API in memory; the files on disk are not changed. The
 * bundle is written to `<outDir>/pagefind/`, served at `<base>pagefind/`.
 * Result URLs are stored without the base ("/articles/x/"); the browser adds
 * it with Pagefind's `baseUrl` option (src/scripts/search/pagefind.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadPlaces, readYamlDir } from '../lib/content-files';
import { builtHtmlFiles } from './built-pages';
import { nameGroups, type GlossaryNames, type NameGroup, type PlaceNames } from '../lib/search/aliases';
import { DEFAULT_EXCLUDE, pathForFile, prepareForIndex } from '../lib/search/indexing';

export interface PagefindOptions {
  /** Folder with `glossary/` and `places/` (default: `CONTENT_DIR` or `./content`). */
  contentDir?: string;
  /** Pages indexed at once (each is a round trip to the Pagefind service). */
  concurrency?: number;
  /** Parts of indexed content to leave out (on top of `data-pagefind-ignore`). */
  excludeSelectors?: string[];
}

/** Name groups from the content data (already validated by the content collections). */
export async function loadNameGroups(contentDir: string): Promise<NameGroup[]> {
  const glossary: GlossaryNames[] = readYamlDir(join(contentDir, 'glossary')).map(({ id, data }) => ({
    id,
    term: String(data['term']),
    aliases: Array.isArray(data['aliases']) ? data['aliases'].map(String) : [],
    place: typeof data['place'] === 'string' ? data['place'] : undefined,
  }));
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

/** Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`. */
export async function buildSearchIndex(opts: {
  outDir: string;
  contentDir: string;
  logger: AstroIntegrationLogger;
  concurrency?: number;
  excludeSelectors?: string[];
}): Promise<{ pages: number; skipped: number }> {
  const { outDir, contentDir, logger, concurrency = 8, excludeSelectors = DEFAULT_EXCLUDE } = opts;
  const started = performance.now();
  const groups = await loadNameGroups(contentDir);
  const files = await builtHtmlFiles(outDir);
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }), 'createIndex', logger);
  if (!index) throw new Error('Pagefind returned no index');
  let pages = 0;
  let skipped = 0;
  try {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const path = pathForFile(relative(outDir, file));
        const content = prepareForIndex(await readFile(file, 'utf8'), path, groups, excludeSelectors);
        if (content === undefined) {
          skipped++;
          continue;
        }
        check(await index.addHTMLFile({ url: path, content }), `indexing ${path}`, logger);
        pages++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    check(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writing the bundle', logger);
  } finally {
    await pagefind.close();
  }
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
        const contentDir = resolve(root, options.contentDir ?? process.env['CONTENT_DIR'] ?? './content');
        await buildSearchIndex({
          outDir: fileURLToPath(dir),
          contentDir,
          logger,
          ...(options.concurrency ? { concurrency: options.concurrency } : {}),
          ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
        });
      },
    },
  };
}

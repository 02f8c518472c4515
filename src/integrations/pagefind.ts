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
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
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


async function yamlFiles(dir: string): Promise<Array<{ id: string; data: Record<string, unknown> }>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const data = parseYaml(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;
    out.push({ id: name.replace(/\.ya?ml$/, ''), data });
  }
  return out;
}

/** Name groups from the content data (already validated by the content collections). */
export async function loadNameGroups(contentDir: string): Promise<NameGroup[]> {
  const glossary: GlossaryNames[] = (await yamlFiles(join(contentDir, 'glossary'))).map(({ id, data }) => ({
    id,
    term: String(data['term']),
    aliases: Array.isArray(data['aliases']) ? data['aliases'].map(String) : [],
    place: typeof data['place'] === 'string' ? data['place'] : undefined,
  }));
  const places = (await yamlFiles(join(contentDir, 'places'))).map(({ id, data }) => ({ id, ...data }) as PlaceNames);
  return nameGroups(glossary, places);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith('pagefind'))
    .sort();
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
  const files = await htmlFiles(outDir);
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

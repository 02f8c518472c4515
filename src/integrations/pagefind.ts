/**
 * Builds the Pagefind search index at the end of `astro build`, as a
 * consumer of the shared pass over the built pages (./built-pages.ts).
 *
 * Each page with `data-pagefind-body` is given its other names (the names
 * of what it mentions that it does not use, from the glossary and places
 * data) and, an article, what it covers (`articleCovers`) as metadata by
 * `prepareForIndex`, written to a temporary folder and
 * indexed from there by Pagefind's Node API; the files readers download are
 * not changed. Each glossary term becomes a record of its own
 * (`glossaryRecords`), in each edition's index: Pagefind keeps one index
 * per language, by the page's `<html lang>` (a record's `language`), and
 * the browser loads the one of the page it runs on. Everything else a result carries is written by the
 * page templates as `data-pagefind-*` attributes. The bundle is written to
 * `<outDir>/pagefind/`, served at `<base>pagefind/`.
 * Result URLs are stored without the base ("/articles/x/"); the browser adds
 * it with Pagefind's `baseUrl` option (src/scripts/search/pagefind.ts).
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { glossaryTermsByLanguage, loadGlossaryTerms, loadPlaces } from '../data/files';
import { CONTENT_DIR } from '../data/content-dir';
import { typographic } from '../lib/glossary';
import { TRANSLATION_LANGUAGES } from '../lib/i18n/languages';
import { translator } from '../lib/i18n/ui';
import { nameGroups, withTranslatedNames, type GlossaryNames, type NameGroup, type PlaceNames } from '../lib/search/aliases';
import { DEFAULT_EXCLUDE, articleCovers, glossaryRecords, prepareForIndex, type CoveringTerm } from '../lib/search/indexing';
import { runPagePass, type PageConsumer } from './built-pages';

export interface PagefindOptions {
  /** Folder with `glossary/` and `places/` (default: `CONTENT_DIR` or `./content`), relative to the project root. */
  contentDir?: string;
  /** Parts of indexed content to leave out (on top of `data-pagefind-ignore`); see DEFAULT_EXCLUDE for the selectors allowed. */
  excludeSelectors?: string[];
}

function check<T extends { errors: string[] }>(response: T, what: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const e of response.errors) logger.error(`${what}: ${e}`);
    throw new Error(`Pagefind failed: ${what}`);
  }
  return response;
}

/**
 * The search index as a page consumer. The copies to index are written to a
 * temporary folder, one per group of the pass, mirroring the output folder,
 * and Pagefind reads each folder itself (`addDirectory`): at 4,000 pages
 * that is about twice as fast as sending each page over its service
 * protocol (`addHTMLFile`). Pagefind indexes one group (in its own process)
 * while the pass reads the next, so the two overlap instead of taking turns.
 */
export function searchIndex(options: PagefindOptions = {}): PageConsumer & { readonly result: { pages: number; skipped: number } } {
  const exclude = options.excludeSelectors ?? DEFAULT_EXCLUDE;
  let logger: AstroIntegrationLogger;
  let index: pagefind.PagefindIndex | undefined;
  let staging: string | undefined;
  let groups: NameGroup[] = [];
  let covering: CoveringTerm[] = [];
  let started = 0;
  let total = 0;
  let terms = 0;
  const written = new Map<number, number>();
  let indexing: Promise<void> = Promise.resolve();
  const result = { pages: 0, skipped: 0 };
  return {
    name: 'search-index',
    result,
    async start(ctx) {
      ({ logger } = ctx);
      started = performance.now();
      total = ctx.files.length;
      result.pages = result.skipped = 0;
      written.clear();
      const contentDir = resolve(ctx.root, options.contentDir ?? CONTENT_DIR);
      const glossary = loadGlossaryTerms(join(contentDir, 'glossary'));
      covering = glossary;
      const translated = glossaryTermsByLanguage(join(contentDir, 'glossary'));
      const editions = TRANSLATION_LANGUAGES.map((lang) => ({ lang, terms: translated(lang) }));
      const places: PlaceNames[] = loadPlaces(join(contentDir, 'places'));
      groups = nameGroups(
        withTranslatedNames(
          glossary satisfies GlossaryNames[],
          editions.flatMap((e) => e.terms),
        ),
        places,
      );
      staging = await mkdtemp(join(tmpdir(), 'site-pagefind-'));
      ({ index } = check(await pagefind.createIndex({ excludeSelectors: exclude }), 'createIndex', logger));
      if (!index) throw new Error('Pagefind returned no index');
      // Each edition's terms in its own index (the record's language), its type in its readers' words.
      const records = [
        ...glossaryRecords(
          glossary.map((g) => ({ id: g.id, term: g.term, aliases: g.aliases, definition: typographic(g.definition) })),
          groups,
          { lang: 'en', type: translator('en')('search.type.glossary') },
        ),
        ...editions.flatMap(({ lang, terms }) => glossaryRecords(terms, groups, { lang, type: translator(lang)('search.type.glossary') })),
      ];
      for (const record of records) check(await index.addCustomRecord(record), `indexing the glossary term ${record.url}`, logger);
      terms = records.length;
    },
    async page({ rel, html, group }) {
      // An article's page, in either edition, covers what the glossary says it is about.
      const article = /^(?:[a-z]{2}\/)?articles\/([^/]+)\/index\.html$/.exec(rel)?.[1];
      const content = prepareForIndex(html, groups, exclude, (topics) => (article ? articleCovers(article, covering, topics) : []));
      if (content === undefined) return undefined;
      const target = join(staging!, String(group), rel);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      written.set(group, (written.get(group) ?? 0) + 1);
      return undefined;
    },
    async groupDone(group) {
      await indexing;
      const count = written.get(group) ?? 0;
      result.pages += count;
      const root = join(staging!, String(group));
      indexing = count
        ? index!.addDirectory({ path: root }).then((added) => {
            check(added, 'indexing the pages', logger);
            if (added.page_count !== count)
              throw new Error(`Pagefind indexed ${added.page_count} pages of the ${count} prepared in ${root}`);
          })
        : Promise.resolve();
      // Awaited before the next group or at the end; marked handled so a
      // failure while the next group is read is not an unhandled rejection.
      indexing.catch(() => {});
    },
    async finish({ outDir }) {
      await indexing;
      check(await index!.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writing the bundle', logger);
      // The pages not indexed are those without data-pagefind-body.
      result.skipped = total - result.pages;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(
        `Indexed ${result.pages} pages (${result.skipped} without data-pagefind-body skipped) and ${terms} glossary terms, with ${groups.length} name groups, in ${seconds} s.`,
      );
    },
    async cleanup() {
      await indexing.catch(() => {});
      await pagefind.close();
      if (staging) await rm(staging, { recursive: true, force: true });
      index = staging = undefined;
      indexing = Promise.resolve();
    },
  };
}

/** Indexes the built site in `outDir` on its own (a pass with only the index), writing the bundle to `outDir/pagefind/`. */
export async function buildSearchIndex(opts: {
  outDir: string;
  contentDir: string;
  logger: AstroIntegrationLogger;
  concurrency?: number;
  batchSize?: number;
  excludeSelectors?: string[];
}): Promise<{ pages: number; skipped: number }> {
  const { batchSize = 1000 } = opts;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number of pages, at least 1; got ${batchSize}`);
  const consumer = searchIndex({
    contentDir: opts.contentDir,
    ...(opts.excludeSelectors ? { excludeSelectors: opts.excludeSelectors } : {}),
  });
  await runPagePass({ outDir: opts.outDir, root: process.cwd(), base: '/', logger: opts.logger }, [consumer], {
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    groupSize: batchSize,
  });
  return { ...consumer.result };
}

/**
 * The search index is built in batches (Pagefind indexes one while the next
 * is prepared). Splitting must not change what is indexed: the same pages,
 * the same words, the same fragments, whatever the batch size.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';

const work = mkdtempSync(join(tmpdir(), 'search-batches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav>` +
  `<main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p><time datetime="2022-12-05">5 December 2022</time></main></body></html>`;

/** Seven pages, one of them without data-pagefind-body (skipped), in a fresh dist folder. */
function site(name: string): string {
  const dir = join(work, name);
  const pages: Record<string, string> = {
    'index.html': page('Home', 'Japan and Russia'),
    'articles/one/index.html': page('One', 'Bastion missiles on Iturup'),
    'articles/two/index.html': page('Two', 'Sanctions of March 2022'),
    'articles/three/index.html': page('Three', 'Kunashir and Shikotan'),
    'timeline/four/index.html': page('Four', 'The 1956 Joint Declaration'),
    'timeline/five/index.html': page('Five', 'The 1993 Tokyo Declaration'),
    'about/index.html': page('About', 'Not in the index', false),
  };
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), html);
  }
  return dir;
}

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
const contentDir = resolve(import.meta.dirname, '../../content');
/** Each glossary term is a record of its own, beside the pages, and so is each term's Japanese translation, in the Japanese index. */
const yamlFiles = (dir: string) => readdirSync(join(contentDir, dir)).filter((f) => f.endsWith('.yaml')).length;
const terms = yamlFiles('glossary');
const japaneseTerms = yamlFiles('glossary/ja');

/** The bundle's page count and its fragment files (named by a hash of their content). */
function bundle(dir: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    pageCount: entry.languages['en']?.page_count,
    japaneseCount: entry.languages['ja']?.page_count,
    fragments: readdirSync(join(dir, 'pagefind/fragment')).sort(),
  };
}

describe('search index in batches', () => {
  it('indexes the same pages into the same fragments with batches of 2 as with one batch', async () => {
    const whole = site('whole');
    const batched = site('batched');
    expect(await buildSearchIndex({ outDir: whole, contentDir, logger })).toEqual({ pages: 6, skipped: 1 });
    expect(await buildSearchIndex({ outDir: batched, contentDir, logger, batchSize: 2 })).toEqual({ pages: 6, skipped: 1 });
    expect(bundle(whole).pageCount).toBe(6 + terms);
    expect(bundle(whole).japaneseCount).toBe(japaneseTerms);
    expect(bundle(batched)).toEqual(bundle(whole));
    expect(bundle(whole).fragments).toHaveLength(6 + terms + japaneseTerms);
  });

  it('refuses a batch size that would never finish', async () => {
    await expect(buildSearchIndex({ outDir: site('zero'), contentDir, logger, batchSize: 0 })).rejects.toThrow(
      /batchSize must be a whole number/,
    );
  });
});

/**
 * Search under a sub-path deploy: with BASE_PATH=/news/ the Pagefind bundle
 * must sit at /news/pagefind/, the browser must load it from there, and
 * result links must carry the base. Builds the real content into its own
 * folder, serves it under /news/ and searches in Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, newWatchedPage, NO_PROBLEMS } from '../support/browser';
import { astroBuild } from '../support/build-env';
import { serveStatic } from '../support/static-server';

const work = mkdtempSync(join(tmpdir(), 'search-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = () => astroBuild({ BASE_PATH: '/news/', ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_OUT_DIR: join(work, 'dist') });

describe('search with a base path', () => {
  it('indexes, loads and links under /news/', async () => {
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(output).toMatch(/Indexed \d+ pages/);
    expect(existsSync(join(work, 'dist/pagefind/pagefind.js'))).toBe(true);

    const server = await serveStatic({ root: join(work, 'dist'), base: '/news/' });
    const browser = await launchBrowser();
    try {
      // The shared watcher: errors, failed and foreign requests, CSP violations (a load cut short by navigating away is none).
      const { page, problems } = await newWatchedPage(browser, server.url);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(new URL('search/?q=Paramushir', server.url).href);
      const first = page.locator('search-page .search-result__title a').first();
      await first.waitFor({ timeout: 30_000 }).catch(async (e: unknown) => {
        throw new Error(`${String(e)}\n${JSON.stringify(problems)}\n${await page.locator('main').innerText()}`);
      });
      expect(await first.getAttribute('href')).toMatch(/^\/news\/(articles|timeline|glossary)\/[^?]*\?highlight=paramushir/);
      expect(requested).toContain('/news/pagefind/pagefind.js');

      // A glossary term's own result links to its entry under the base.
      await page.goto(new URL('search/?q=Iturup&type=Glossary', server.url).href);
      const term = page.locator('search-page .search-result__title a', { hasText: /^Iturup$/ });
      await term.waitFor({ timeout: 30_000 });
      expect(await term.getAttribute('href')).toMatch(/^\/news\/glossary\/\?highlight=iturup#iturup$/);

      // The dialog, from its template, searches and links to the full page under the base.
      await page.goto(new URL('articles/kuril-islands-northern-territories-dispute/', server.url).href);
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog[open] input[type="search"]').waitFor({ timeout: 30_000 });
      await page.keyboard.type('Paramushir');
      const inDialog = page.locator('dialog.search-dialog .search-result__title a').first();
      await inDialog.waitFor({ timeout: 30_000 });
      expect(await inDialog.getAttribute('href')).toMatch(/^\/news\//);
      await expect
        .poll(() => page.locator('dialog.search-dialog .search-dialog__full').getAttribute('href'))
        .toBe('/news/search/?q=Paramushir');
      expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/') || p.startsWith('/_astro/'))).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

/**
 * Byte budgets, measured as a reader's browser would download them: the page
 * is loaded in Chromium from a private static server that gzips responses
 * and counts the bytes it sends for each path. Bytes are deterministic for a
 * given build, so these are assertions; timings are not, so they live in the
 * benchmarks (tests/bench/).
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session';
import { serveStatic, type StaticServer } from '../support/static-server';
import { isFontStylesheet, resourceKind } from '../support/resource-kind';
import { pageUrl, sitemapPaths } from '../support/site';

const KB = 1024;
/** Article page: HTML, CSS and any JavaScript before search is used (at most 30 KB gzip); the font is not in it. */
const ARTICLE_BUDGET = 30 * KB;
/**
 * The Japanese font's stylesheet of an edition (@font-face rules for the
 * characters its pages use): it grows with the distinct characters of the
 * edition (3.6 KB gzip for about 1,050 on Japanese pages), so this leaves
 * room for about twice as many before someone must decide how to split it.
 */
const FONT_STYLESHEET_BUDGET = 8 * KB;

/**
 * Every article page: those in the sitemap, and the Japanese ones under
 * /ja/articles/ wherever the build has them (in the sitemap or not).
 */
function articlePaths(): string[] {
  const listed = sitemapPaths().filter((p) => /^\/(ja\/)?articles\/[^/]+\/$/.test(p));
  const ja = existsSync('dist/ja/articles')
    ? readdirSync('dist/ja/articles', { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(`dist/ja/articles/${d.name}/index.html`))
        .map((d) => `/ja/articles/${d.name}/`)
    : [];
  return [...new Set([...listed, ...ja])];
}
const ARTICLES = articlePaths();

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ root: 'dist' });
});
afterAll(async () => {
  await server?.close();
});
const session = useBrowser();

export interface Transfer {
  path: string;
  bytes: number;
}

async function transfersFor(path: string): Promise<Transfer[]> {
  server.transferred.clear();
  const context = await session.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(server.url, path), { waitUntil: 'networkidle' });
  return [...server.transferred].map(([p, bytes]) => ({ path: p, bytes }));
}

const sum = (ts: Transfer[], test: (p: string) => boolean) => ts.filter((t) => test(t.path)).reduce((n, t) => n + t.bytes, 0);

describe('page weight', () => {
  it('checks every article page in both editions', () => {
    expect(ARTICLES).toContain('/articles/japan-nss-russia-serious-concern/');
    expect(ARTICLES).toContain('/articles/kuril-islands-northern-territories-dispute/');
    expect(ARTICLES).toContain('/ja/articles/kuril-islands-northern-territories-dispute/');
    expect(ARTICLES.filter((p) => p.startsWith('/ja/articles/')).length).toBe(ARTICLES.filter((p) => !p.startsWith('/ja/')).length);
  });

  it.each(ARTICLES)(`the article page %s is at most ${ARTICLE_BUDGET / KB} KB gzipped (HTML, CSS, JS before search)`, async (path) => {
    const ts = await transfersFor(path);
    const total = sum(ts, (p) => ['html', 'css', 'js'].includes(resourceKind(p)));
    const summary = `${path}: ${total} bytes gzipped, budget ${ARTICLE_BUDGET}\n${ts.map((t) => `${t.path} ${t.bytes}`).join('\n')}`;
    expect(total, summary).toBeLessThanOrEqual(ARTICLE_BUDGET);
    // The font's stylesheet, not in the total: its own budget.
    const fontCss = sum(ts, isFontStylesheet);
    expect(fontCss, summary).toBeLessThanOrEqual(FONT_STYLESHEET_BUDGET);
    // A Japanese page does load it: the budget above is not met by leaving the font out.
    if (path.startsWith('/ja/')) expect(fontCss, summary).toBeGreaterThan(1024);
    // Search is lazy: nothing of Pagefind loads before the reader asks for it.
    expect(
      ts.some((t) => t.path.includes('/pagefind/')),
      summary,
    ).toBe(false);
  });

  it('the article page has no render-blocking JavaScript', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl(server.url, '/articles/japan-nss-russia-serious-concern/'));
    const blocking = await page.evaluate(() =>
      [...document.querySelectorAll('script[src]')]
        .filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'))
        .map((s) => s.getAttribute('src')),
    );
    expect(blocking).toEqual([]);
  });
});

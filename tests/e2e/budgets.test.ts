/**
 * Byte budgets, measured as a reader's browser would download them: the page
 * is loaded in Chromium from a private static server that gzips responses
 * and counts the bytes it sends for each path. Bytes are deterministic for a
 * given build, so these are assertions; timings are not, so they live in the
 * benchmarks (tests/bench/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-session';
import { serveStatic, type StaticServer } from '../support/static-server';
import { pageUrl } from '../support/site';

const KB = 1024;
/** Article page: HTML, CSS and any JavaScript before search is used (at most 30 KB gzip). */
const ARTICLE_BUDGET = 30 * KB;

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
const isJs = (p: string) => /\.m?js$/.test(p);
const isCss = (p: string) => p.endsWith('.css');

describe('page weight', () => {
  it.each(['/articles/japan-nss-russia-serious-concern/'])(
    `the article page %s is at most ${ARTICLE_BUDGET / KB} KB gzipped (HTML, CSS, JS before search)`,
    async (path) => {
      const ts = await transfersFor(path);
      const total = sum(ts, (p) => p.endsWith('/') || p.endsWith('.html') || isCss(p) || isJs(p));
      const summary = ts.map((t) => `${t.path} ${t.bytes}`).join('\n');
      expect(total, summary).toBeLessThanOrEqual(ARTICLE_BUDGET);
      // Search is lazy: nothing of Pagefind loads before the reader asks for it.
      expect(
        ts.some((t) => t.path.includes('/pagefind/')),
        summary,
      ).toBe(false);
    },
  );

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

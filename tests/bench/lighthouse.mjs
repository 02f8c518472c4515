#!/usr/bin/env node
/**
 * Lighthouse (mobile preset) on one page of each type of the built site,
 * served by our gzip static server, in Debian's Chromium. Prints a table of
 * the four category scores and CLS. A benchmark, not a test: run
 * `npm run build` first, then `npm run bench:lighthouse` (or
 * `npm run bench:lighthouse -- glossary article` for some page types).
 * A run Lighthouse could not complete shows its error instead of scores.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../support/static-server.ts';
import { CHROMIUM_FLAGS, findChromium } from '../support/chromium.ts';

const PAGES = {
  home: '/',
  article: '/articles/japan-nss-russia-serious-concern/',
  timeline: '/timeline/',
  event: '/timeline/1993-10-13-tokyo-declaration/',
  search: '/search/?q=Paramushir',
  glossary: '/glossary/',
};

const chosen = process.argv.slice(2);
for (const c of chosen) if (!(c in PAGES)) throw new Error(`unknown page type "${c}"; one of: ${Object.keys(PAGES).join(', ')}`);

const chromePath = findChromium();
const server = await serveStatic({ root: 'dist' });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const rows = [];
try {
  for (const [type, path] of Object.entries(PAGES).filter(([t]) => !chosen.length || chosen.includes(t))) {
    const url = new URL(path.replace(/^\//, ''), server.url).href;
    const status = (await fetch(url)).status;
    if (status !== 200) throw new Error(`${url} answered HTTP ${status}: build the site first`);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
    if (lhr.runtimeError) {
      rows.push({ page: type, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` });
      continue;
    }
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push({
      page: type,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      CLS: lhr.audits['cumulative-layout-shift']?.numericValue?.toFixed(3),
      LCP_ms: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      failing: failing.join(' '),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`Lighthouse ${lighthouse.version ?? ''} mobile, ${new Date().toISOString().slice(0, 10)}, Chromium ${chromePath}`);
console.table(rows);

#!/usr/bin/env node
/**
 * Search benchmark (not a test): how many bytes and how much time a first and
 * a second query cost, with our search UI and with a bare Pagefind baseline,
 * on synthetic corpora of 1,000 and 10,000 articles.
 *
 *   npm run bench:search                       # 1,000 and 10,000 articles
 *   npm run bench:search -- --sizes=1000       # just one size
 *   npm run bench:search -- --reuse            # reuse /tmp builds from an earlier run
 *   npm run bench:search -- --lang=ja          # the Japanese edition: the site as it is (0) and 1,000 articles
 *
 * For each size it copies the project to a temporary folder (node_modules is
 * a symlink), adds N generated articles to content/articles/, runs the real
 * `astro build` (which runs our Pagefind integration), serves dist/ with the
 * test server (gzip on, bytes counted per path AT THE SERVER, since Pagefind's
 * worker traffic does not show in the page's own network events) and drives
 * Chromium:
 *
 *   ours      an article page; press "/", type the query, Enter; wait for the
 *             rendered results (10 results with excerpts and sub-results, the
 *             filter lists, the dialog code and CSS). Second query in the same
 *             dialog.
 *   baseline  a page that only imports pagefind.js, calls search() and then
 *             data() on the first five results. Second query on the same page.
 *
 * With --lang=ja every synthetic article also gets a Japanese translation
 * (content/articles/ja/, sentences made of word segments of our Japanese
 * articles), and both sides search the Japanese index: ours from a Japanese
 * article page, the baseline from a page with <html lang="ja">, which is how
 * Pagefind picks its index.
 *
 * Times are wall-clock in this machine's Chromium, from the first key press
 * (ours) or the call (baseline) to results on screen / in hand.
 */
import { rng } from './synthetic.mjs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const LANG = args.lang === 'ja' ? 'ja' : 'en';
const SIZES = String(args.sizes ?? (LANG === 'ja' ? '0,1000' : '1000,10000'))
  .split(',')
  .map(Number);
const REUSE = Boolean(args.reuse);
const QUERIES = LANG === 'ja' ? ['制裁', '国後島'] : ['sanctions', 'Kunashiri'];
const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = `${LANG === 'ja' ? '/ja' : ''}/articles/japan-nss-russia-serious-concern/`;

// ---------------------------------------------------------------- corpus

/** The bodies of the articles in `folder` of content/, without front matter, citations, link targets or Markdown marks (replaced by `gap`). */
function articleText(folder, gap) {
  const dir = join(ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, ''))
    .join(gap)
    .replace(/\[\^[^\]]+\]|\]\([^)]*\)|[#*_>:[\]()"“”]/g, gap);
}

/** Vocabulary from the real articles, so word frequencies look like ours. */
const vocabulary = () =>
  articleText('articles', ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z][A-Za-z'’-]{1,}$/.test(w));

/** Word segments of our Japanese articles (Intl.Segmenter), so the Japanese corpus has our words and their frequencies. */
const japaneseVocabulary = () =>
  [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(articleText('articles/ja', ''))]
    .filter((s) => s.isWordLike && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(s.segment))
    .map((s) => s.segment);

const JA_NAMES = ['択捉島', '国後島', '色丹島', '歯舞群島', '幌筵島', '北方領土', '千島列島', '制裁'];

/** The Japanese translation of synthetic article `i`, of the original text `original` (for its version hash). */
function japaneseArticle(i, original, words, rand) {
  const pick = () => words[Math.floor(rand() * words.length)];
  const sentence = (n) => {
    const w = Array.from({ length: n }, pick);
    if (rand() < 0.15) w.splice(Math.floor(rand() * n), 0, JA_NAMES[Math.floor(rand() * JA_NAMES.length)]);
    return `${w.join('')}。`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(12 + Math.floor(rand() * 18))).join('');
  const sections = Array.from({ length: 3 }, (_, s) => `## ${sentence(4 + s).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}`);
  return `---
translationOf: "synthetic-${String(i).padStart(5, '0')}"
sourceHash: "${createHash('sha256').update(original).digest('hex').slice(0, 12)}"
title: ${JSON.stringify(`合成記事${i}：${sentence(6).slice(0, -1)}`.slice(0, 150))}
description: ${JSON.stringify(sentence(30).slice(0, 300))}
byline: "ベンチマーク生成"
---

${paragraph()}[^1]

${sections.join('\n\n')}

[^1]: Benchmark generator, "Synthetic source ${i}". <https://example.org/${i}>
`;
}

const TOPICS = ['kuril-islands', 'security-strategy', 'sanctions', 'military', 'diplomacy', 'ukraine-war'];
const KINDS = ['report', 'analysis', 'explainer'];
const NAMES = ['Iturup', 'Kunashir', 'Shikotan', 'Habomai', 'Paramushir', 'Northern Territories', 'Kuril Islands', 'Etorofu', 'Kunashiri'];

function article(i, words, rand) {
  const pick = () => words[Math.floor(rand() * words.length)];
  const sentence = (n) => {
    const w = Array.from({ length: n }, pick);
    if (rand() < 0.15) w.splice(Math.floor(rand() * n), 0, NAMES[Math.floor(rand() * NAMES.length)]);
    const s = w.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(8 + Math.floor(rand() * 14))).join(' ');
  const year = 1995 + Math.floor(rand() * 30);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const topics = [...new Set([TOPICS[i % TOPICS.length], TOPICS[Math.floor(rand() * TOPICS.length)]])];
  const title = `Synthetic ${i}: ${sentence(5).slice(0, -1)}`.slice(0, 150);
  const sections = Array.from({ length: 3 }, (_, s) => `## ${sentence(3 + s).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}`);
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(sentence(20).slice(0, 300))}
published: "${year}-${month}-${day}"
kind: ${KINDS[i % KINDS.length]}
topics: [${topics.join(', ')}]
byline: "Benchmark generator"
---

${paragraph()}[^1]

${sections.join('\n\n')}

[^1]: Benchmark generator, "Synthetic source ${i}". <https://example.org/${i}>
`;
}

function prepareProject(n) {
  const dir = `/tmp/search-bench-${LANG}-${n}`;
  if (REUSE && existsSync(join(dir, 'dist/pagefind/pagefind.js'))) return { dir, buildSeconds: NaN };
  rmSync(dir, { recursive: true, force: true });
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|\.astro|\.git|tests\/\.tmp)(\/|$)/.test(src.slice(ROOT.length)),
  });
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  const words = vocabulary();
  const jaWords = LANG === 'ja' ? japaneseVocabulary() : [];
  const rand = rng(n);
  for (let i = 0; i < n; i++) {
    const name = `synthetic-${String(i).padStart(5, '0')}.md`;
    const original = article(i, words, rand);
    writeFileSync(join(dir, 'content/articles', name), original);
    if (LANG === 'ja') writeFileSync(join(dir, 'content/articles/ja', name), japaneseArticle(i, original, jaWords, rand));
  }
  console.error(`[${n}] generated ${n} articles in ${dir}; building…`);
  const started = Date.now();
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 30,
  });
  const buildSeconds = (Date.now() - started) / 1000;
  const log = r.stdout.toString();
  console.error(
    log
      .split('\n')
      .filter((l) => /pagefind|Complete|error/i.test(l))
      .join('\n'),
  );
  if (r.status !== 0) throw new Error(`[${n}] astro build failed`);
  return { dir, buildSeconds };
}

function dirSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

// ---------------------------------------------------------------- measuring

// The script is a file of its own: the site's Content-Security-Policy (served from _headers) allows no inline script.
const BASELINE_HTML = `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><title>Pagefind baseline</title></head><body><p>Baseline</p>
<script type="module" src="/bench-baseline.js"></script></body></html>`;
const BASELINE_JS = `window.runQuery = async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  return { count: r.results.length, urls: data.map((d) => d.url) };
};
`;

function category(path) {
  if (/\/pagefind\/pagefind\.[^/]*pf_meta$/.test(path)) return 'meta';
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.|pagefind-entry\.json)/.test(path)) return 'library';
  if (path.includes('/pagefind/index/')) return 'index';
  if (path.includes('/pagefind/filter/')) return 'filters';
  if (path.includes('/pagefind/fragment/')) return 'fragments';
  if (path.includes('/_astro/')) return 'ui';
  return 'other';
}

function take(server) {
  const by = { library: 0, meta: 0, index: 0, filters: 0, fragments: 0, ui: 0, other: 0 };
  let requests = 0;
  for (const [path, bytes] of server.transferred) {
    by[category(path)] += bytes;
    requests++;
  }
  server.transferred.clear();
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  return { total, requests, ...by };
}

async function settled(page) {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('dialog.search-dialog [role="status"]');
      return (
        s && /results? for|No results|検索結果/.test(s.textContent ?? '') && !document.querySelector('dialog.search-dialog form[aria-busy]')
      );
    },
    null,
    { timeout: 120_000 },
  );
  return page.locator('dialog.search-dialog [role="status"]').textContent();
}

async function measure(n, dir) {
  writeFileSync(join(dir, 'dist/bench-baseline.html'), BASELINE_HTML);
  writeFileSync(join(dir, 'dist/bench-baseline.js'), BASELINE_JS);
  const server = await serveStatic({ root: join(dir, 'dist') });
  const browser = await launchBrowser();
  const rows = [];
  try {
    // Ours: the header dialog on an article page.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(ARTICLE.slice(1), server.url).href, { waitUntil: 'networkidle' });
      const pageLoad = take(server);
      for (const [i, q] of QUERIES.entries()) {
        const t0 = performance.now();
        if (i === 0) await page.keyboard.press('/');
        // Kana and kanji arrive as text input, not key presses, so the keys typed while the dialog loads would miss them.
        if (i === 0 && LANG === 'ja') await page.locator('dialog.search-dialog input[type="search"]').waitFor();
        else if (i > 0) await page.locator('dialog.search-dialog input[type="search"]').fill('');
        await page.keyboard.type(q);
        await page.keyboard.press('Enter');
        const status = await settled(page);
        const ms = performance.now() - t0;
        rows.push({ n, who: 'ours', query: i === 0 ? 'first' : 'second', q, status, ms, ...take(server) });
      }
      rows.push({ n, who: 'ours', query: 'page load (before search)', q: '', status: ARTICLE, ms: NaN, ...pageLoad });
      await context.close();
    }
    // Baseline: bare Pagefind.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('bench-baseline.html', server.url).href, { waitUntil: 'networkidle' });
      take(server);
      for (const [i, q] of QUERIES.entries()) {
        const t0 = performance.now();
        const r = await page.evaluate((query) => window.runQuery(query), q);
        const ms = performance.now() - t0;
        rows.push({ n, who: 'baseline', query: i === 0 ? 'first' : 'second', q, status: `${r.count} results`, ms, ...take(server) });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

// ---------------------------------------------------------------- report

const kb = (b) => (Number.isNaN(b) ? '–' : (b / 1024).toFixed(1));
const results = [];
for (const n of SIZES) {
  const { dir, buildSeconds } = prepareProject(n);
  const index = dirSize(join(dir, 'dist/pagefind'));
  const rows = await measure(n, dir);
  results.push({ n, buildSeconds, index, rows });
  console.error(`[${n}] measured`);
}

console.log(`\n## Search benchmark${LANG === 'ja' ? ': the Japanese edition' : ''}\n`);
console.log(
  `Queries: first “${QUERIES[0]}”, second “${QUERIES[1]}”. KB = KiB sent by the server (gzip; Pagefind's wasm and index files are already compressed). ` +
    'library = pagefind.js, worker, wasm, entry; meta = the page list (grows with the site); ours also loads its dialog code and CSS (our UI) and shows 5 results, as the baseline loads 5 fragments. ' +
    'ms = wall-clock in headless Chromium on this machine, ours from the “/” key press (typing included) to results on screen.\n',
);
console.log(
  '| articles | build | index on disk | who | query | results | KB total | library | meta | index | filters | fragments | our UI | requests | ms |',
);
console.log('|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { n, buildSeconds, index, rows } of results) {
  for (const r of rows) {
    console.log(
      `| ${n.toLocaleString('en')} | ${Number.isNaN(buildSeconds) ? 'reused' : `${buildSeconds.toFixed(0)} s`} | ${index.files} files, ${(index.bytes / 1048576).toFixed(1)} MiB | ${r.who} | ${r.query} | ${r.status} | ${kb(r.total)} | ${kb(r.library)} | ${kb(r.meta)} | ${kb(r.index)} | ${kb(r.filters)} | ${kb(r.fragments)} | ${kb(r.ui)} | ${r.requests} | ${Number.isNaN(r.ms) ? '–' : r.ms.toFixed(0)} |`,
    );
  }
}
console.log('\n| articles | first query: ours / baseline bytes | second query: ours / baseline bytes |');
console.log('|---:|---:|---:|');
for (const { n, rows } of results) {
  const get = (who, query) => rows.find((r) => r.who === who && r.query === query)?.total ?? NaN;
  const ratio = (q) => `${kb(get('ours', q))} / ${kb(get('baseline', q))} KB = ${(get('ours', q) / get('baseline', q)).toFixed(2)}×`;
  console.log(`| ${n.toLocaleString('en')} | ${ratio('first')} | ${ratio('second')} |`);
}

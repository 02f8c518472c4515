/**
 * What search results show and in what order, in Chromium against the built
 * site: excerpts made only of the text a reader sees in a page's content
 * (never the other names it is found under, nor its type, date or topics),
 * sections that are prose (never "Sources" or "Corrections") and do not
 * repeat the excerpt, the article about a topic among the first three
 * results while a whole event title still finds its event first, and each
 * glossary term a result of its own.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const session = useBrowser();

const KURIL = '/articles/kuril-islands-northern-territories-dispute/';
const NSS_2013_2022 = '/articles/japan-security-strategy-russia-2013-2022/';
const NSS_DRAFT = '/articles/japan-nss-russia-serious-concern/';
const SANCTIONS = '/articles/sanctions-2022-russia-response/';

interface Shown {
  path: string;
  hash: string;
  title: string;
  type: string;
  excerpt: string;
  /** "Found under another name: …" instead of an excerpt. */
  aka: boolean;
  subs: Array<{ title: string; excerpt: string }>;
}

/** Searches on /search/ and reads every result shown (the first page of ten). */
async function search(query: string, extra = ''): Promise<{ page: Page; results: Shown[]; problems: typeof NO_PROBLEMS }> {
  const { page, problems } = await session.openPage();
  await page.goto(pageUrl(siteUrl, `/search/?q=${encodeURIComponent(query)}${extra}`));
  await expect
    .poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/results? for|No results/);
  await page.waitForFunction(() => !document.querySelector('search-page form[aria-busy]'));
  const base = new URL(siteUrl).pathname;
  const results = await page.locator('search-page .search-result').evaluateAll(
    (items, base) =>
      items.map((li) => {
        const link = li.querySelector<HTMLAnchorElement>('.search-result__title a')!;
        const url = new URL(link.href);
        const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          path: `/${url.pathname.slice(base.length)}`,
          hash: url.hash,
          title: text(link),
          type: text(li.querySelector('.search-result__type')),
          excerpt: text(li.querySelector(':scope > .search-result__excerpt')),
          aka: !!li.querySelector(':scope > .search-result__aka'),
          subs: [...li.querySelectorAll('.search-result__subs > li')].map((s) => ({
            title: text(s.querySelector('a')),
            excerpt: text(s.querySelector('.search-result__excerpt')),
          })),
        };
      }),
    base,
  );
  return { page, results, problems };
}

const paths = (results: readonly Shown[]) => results.map((r) => r.path + r.hash);

/** A word as the excerpt check compares it: without the punctuation around it, lower case. */
const bare = (w: string) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').toLowerCase();

/**
 * The words a reader sees in the content of the page at `path` (with `hash`, a
 * glossary entry): its `data-pagefind-body` parts without what is ignored or
 * excluded from the index (navigation, heading links, footnotes, topics, dates).
 */
async function contentWords(page: Page, path: string, hash: string): Promise<Set<string>> {
  const words = await page.evaluate(
    async ({ href, hash }) => {
      // The other page's inline styles go before parsing: their hashes are in that page's policy, not in this one's,
      // and Chromium checks a parsed document's <style> against the parsing page's policy.
      const html = (await (await fetch(href)).text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const roots = hash ? [doc.getElementById(decodeURIComponent(hash.slice(1)))!] : [...doc.querySelectorAll('[data-pagefind-body]')];
      const out: string[] = [];
      for (const root of roots) {
        const copy = root.cloneNode(true) as Element;
        copy
          .querySelectorAll(
            '[data-pagefind-ignore], nav, .toc, .heading-anchor, [data-footnote-ref], section[data-footnotes], a.external > .visually-hidden, script, style, template',
          )
          .forEach((el) => el.remove());
        // Word by text node (elements next to each other may have no space between them), and as a whole.
        const walker = doc.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(...(n.textContent ?? '').split(/\s+/));
        out.push(...(copy.textContent ?? '').split(/\s+/));
      }
      return out;
    },
    { href: pageUrl(siteUrl, path), hash },
  );
  return new Set(words.map(bare).filter(Boolean));
}

describe('excerpts', () => {
  it('are made only of words the reader sees in the page’s content, never its other names or metadata', async () => {
    for (const query of ['Iturup', 'Etorofu', 'sanctions', 'Kuril', 'Paramushir']) {
      const { page, results, problems } = await search(query);
      expect(results.length, query).toBeGreaterThan(3);
      for (const r of results) {
        expect(r.excerpt, `${query}: ${r.path}`).not.toMatch(/Also known as|Topics:|· (Landmark|Major event|Context)\b/);
        if (r.aka) continue;
        const seen = await contentWords(page, r.path, r.hash);
        const shown = [r.excerpt, ...r.subs.map((s) => s.excerpt)]
          .flatMap((e) => e.split(/\s+/))
          .map(bare)
          .filter(Boolean);
        expect(
          shown.filter((w) => !seen.has(w)),
          `${query}: ${r.path}${r.hash}`,
        ).toEqual([]);
      }
      expect(problems).toEqual(NO_PROBLEMS);
    }
  });

  it('other names still find the same pages: Iturup, Etorofu, 択捉島 and Итуруп', async () => {
    const found = [];
    for (const query of ['Iturup', 'Etorofu', '択捉島', 'Итуруп']) {
      const { page } = await search(query);
      // Every result, not only the first page: the ranking may differ, the pages may not.
      // A string, so that the test runner does not rewrite the dynamic import.
      const all = await page.evaluate<string[]>(`(async () => {
        const pf = await import(new URL('../pagefind/pagefind.js', location.href).href);
        const res = await pf.search(${JSON.stringify(query)});
        const data = await Promise.all(res.results.map((r) => r.data()));
        return data.map((d) => { const u = new URL(d.url, location.href); return u.pathname + u.hash; });
      })()`);
      found.push([...new Set(all)].sort());
    }
    expect(found[0]!.length).toBeGreaterThan(10);
    expect(found[0]).toContain(new URL(pageUrl(siteUrl, KURIL)).pathname);
    for (const other of found.slice(1)) expect(other).toEqual(found[0]);
  });
});

describe('sections under a result', () => {
  it('are never the sources, corrections or lists of a page, and do not repeat the excerpt', async () => {
    let sections = 0;
    for (const query of ['Iturup', 'sanctions', 'Kuril', 'Paramushir', 'NSS', 'Bastion', 'Crimea', 'Yeltsin']) {
      const { results } = await search(query);
      for (const r of results) {
        for (const s of r.subs) {
          sections++;
          expect(s.title, `${query}: ${r.path}`).not.toMatch(
            /^(Sources|Sources and notes|Corrections|Corrections and editor’s changes|On the timeline|Discussed in|Related|More articles|Articles)$/,
          );
          expect(s.title).not.toMatch(/Link to this section|#$/);
          expect(s.excerpt, `${query}: ${r.path} ${s.title}`).not.toBe(r.excerpt);
        }
      }
    }
    // The check means something only if sections are shown at all.
    expect(sections).toBeGreaterThan(5);
  });
});

describe('ranking', () => {
  it.each([
    ['Iturup', KURIL],
    ['Etorofu', KURIL],
    ['Kuril', KURIL],
    ['NSS', NSS_2013_2022],
    ['NSS', NSS_DRAFT],
    ['sanctions', SANCTIONS],
  ])('“%s” has the article that covers it in the top three (%s)', async (query, article) => {
    const { results } = await search(query);
    expect(paths(results).slice(0, 3)).toContain(article);
  });

  it.each([
    ['Tokyo Declaration signed by Hosokawa and Yeltsin', '/timeline/1993-10-13-tokyo-declaration/'],
    ['Japan adopts a revised National Security Strategy', '/timeline/2022-12-16-revised-nss-adopted/'],
    ['Japan imposes sanctions on Russia over Crimea', '/timeline/2014-03-18-crimea-sanctions/'],
  ])('an exact event title finds its event first (“%s”)', async (query, event) => {
    const { results } = await search(query);
    expect(paths(results)[0]).toBe(event);
  });
});

describe('glossary terms', () => {
  it('are results of their own, titled by the term and linking to its entry', async () => {
    const { page, results, problems } = await search('Iturup');
    const term = results.find((r) => r.hash === '#iturup');
    expect(term).toMatchObject({ path: '/glossary/', title: 'Iturup', type: 'Glossary' });
    // No result for the glossary page as a whole.
    expect(results.filter((r) => r.path === '/glossary/' && !r.hash)).toEqual([]);
    expect(
      await page
        .locator('search-page .search-result')
        .filter({ hasText: /^Iturup/ })
        .locator('time')
        .count(),
    ).toBe(0);
    await page.locator('search-page .search-result__title a', { hasText: /^Iturup$/ }).click();
    await page.waitForURL(/\/glossary\/\?highlight=iturup#iturup$/i);
    expect(await page.locator('#iturup h2').textContent()).toBe('Iturup');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('are found under their other names, and filtered by type', async () => {
    const { results } = await search('Кунашир', '&type=Glossary');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.path === '/glossary/' && r.hash && r.type === 'Glossary')).toBe(true);
    expect(paths(results)).toContain('/glossary/#kunashir');
  });
});

describe('the dialog’s markup', () => {
  it('is a template in the page until search is first used', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, KURIL));
    expect(await page.locator('search-button template').count()).toBe(1);
    expect(await page.locator('dialog.search-dialog').count()).toBe(0);
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('search-dialog-title');
    expect(await dialog.locator('#search-dialog-title').textContent()).toBe('Search');
    expect(await dialog.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('dialog.search-dialog').count()).toBe(1);
  });
});

/**
 * Crawls the built site from the home page and the sitemap: every internal
 * link must resolve (HTTP 200) and every #fragment must name an element on
 * the target page. External links are only checked to be http(s).
 */
import { describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { sitemapPaths, pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;

interface Page {
  status: number;
  ids: Set<string>;
  links: string[];
}

async function load(url: string): Promise<Page> {
  const res = await fetch(url);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('text/html')) return { status: res.status, ids: new Set(), links: [] };
  const { document } = parseHTML(await res.text());
  const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? ''));
  const links = [...document.querySelectorAll('a[href], link[rel="canonical"], link[rel="alternate"], link[rel="icon"]')]
    .map((a) => a.getAttribute('href') ?? '');
  return { status: res.status, ids, links: links.map((href) => new URL(href, url).href) };
}

describe('links', () => {
  it('every internal link and fragment resolves', async () => {
    const pages = new Map<string, Page>();
    const queue = [siteUrl, ...sitemapPaths().map((p) => pageUrl(siteUrl, p))];
    const problems: string[] = [];
    const wanted: Array<{ from: string; to: string }> = [];
    while (queue.length) {
      const url = queue.shift()!;
      const key = url.split('#')[0]!;
      if (pages.has(key)) continue;
      const page = await load(key);
      pages.set(key, page);
      for (const link of page.links) {
        const u = new URL(link);
        if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'mailto:') problems.push(`${key}: bad link ${link}`);
        // Canonical URLs point at the production domain; map them onto this server.
        if (u.origin !== origin) continue;
        wanted.push({ from: key, to: link });
        const target = link.split('#')[0]!;
        if (!pages.has(target)) queue.push(target);
      }
    }
    for (const { from, to } of wanted) {
      const [target, fragment] = to.split('#') as [string, string | undefined];
      const page = pages.get(target);
      if (!page || page.status !== 200) problems.push(`${from} → ${to}: HTTP ${page?.status}`);
      else if (fragment && !page.ids.has(decodeURIComponent(fragment))) problems.push(`${from} → ${to}: no element #${fragment}`);
    }
    expect(problems).toEqual([]);
    expect(pages.size).toBeGreaterThan(5);
  });
});

/**
 * Crawls a served site from its start URLs, following every same-origin link
 * and asset reference, and reports links that do not resolve: HTTP errors,
 * missing #fragments, non-http(s) schemes, and (with `base`) same-origin URLs
 * outside the deploy base path.
 */
import { parseHTML } from 'linkedom';

interface CrawledPage {
  status: number;
  ids: Set<string>;
  links: string[];
}

const REFERENCES = 'a[href], link[href], script[src], img[src], source[src], use[href]';

async function load(url: string): Promise<CrawledPage> {
  const res = await fetch(url);
  const type = res.headers.get('content-type') ?? '';
  // An SVG document's ids are fragments too: the islands map's <use> elements point into one.
  const svg = type.includes('image/svg+xml');
  if (!type.includes('text/html') && !svg) {
    await res.arrayBuffer();
    return { status: res.status, ids: new Set(), links: [] };
  }
  const { document } = parseHTML(await res.text());
  const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? ''));
  if (svg) return { status: res.status, ids, links: [] };
  const links = [...document.querySelectorAll(REFERENCES)]
    .filter((e) => !(e.tagName === 'LINK' && e.getAttribute('rel') === 'preconnect'))
    .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
    .filter((href) => href && !href.startsWith('data:'));
  return { status: res.status, ids, links: links.map((href) => new URL(href, url).href) };
}

export interface CrawlResult {
  pages: Map<string, CrawledPage>;
  problems: string[];
}

export async function crawl(start: string[], options: { base?: string } = {}): Promise<CrawlResult> {
  const origin = new URL(start[0]!).origin;
  const pages = new Map<string, CrawledPage>();
  const queue = [...start];
  const problems: string[] = [];
  const wanted: Array<{ from: string; to: string }> = [];
  while (queue.length) {
    const key = queue.shift()!.split('#')[0]!;
    if (pages.has(key)) continue;
    const page = await load(key);
    pages.set(key, page);
    for (const link of page.links) {
      const u = new URL(link);
      if (!['http:', 'https:', 'mailto:'].includes(u.protocol)) problems.push(`${key}: bad link ${link}`);
      if (u.origin !== origin) continue;
      if (options.base && !u.pathname.startsWith(options.base)) problems.push(`${key} → ${link}: outside the base ${options.base}`);
      wanted.push({ from: key, to: link });
      const target = link.split('#')[0]!;
      if (!pages.has(target)) queue.push(target);
    }
  }
  for (const { from, to } of wanted) {
    const [target, fragment] = to.split('#') as [string, string | undefined];
    const page = pages.get(target);
    if (page?.status !== 200) problems.push(`${from} → ${to}: HTTP ${page?.status}`);
    else if (fragment && !page.ids.has(decodeURIComponent(fragment))) problems.push(`${from} → ${to}: no element #${fragment}`);
  }
  return { pages, problems: [...new Set(problems)] };
}

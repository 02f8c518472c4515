/**
 * What the Pagefind integration adds to a page before indexing it: the
 * result type (from the URL when the page does not say), the year filter and
 * date meta (from the page's date sort key), a sort key for undated pages,
 * and the other names of the things the page mentions.
 *
 * The additions go into the copy of the HTML handed to Pagefind, never into
 * the files readers download.
 *
 * The contract for page authors (see the README): put `data-pagefind-body`
 * on the main content and, on any element of the page,
 *   data-pagefind-filter="type:Timeline event"   (optional: the URL gives it)
 *   data-pagefind-sort="date:1993-10-13"         (YYYY, YYYY-MM or YYYY-MM-DD; on article,
 *                                                 event and glossary URLs the first
 *                                                 <time datetime> of the content stands in)
 *   data-pagefind-meta="date:1993-10-13"         (optional: copied from the sort key)
 *   data-pagefind-filter="year:1993"             (optional: derived from the date)
 *   data-pagefind-filter="topic:Diplomacy"       (one element per topic)
 */
import { parseHTML } from 'linkedom';
import { ALIAS_PREFIX, otherNames, type NameGroup } from './aliases';
import { ALIAS_WORDS_META } from './query';

/** Result types, as shown to readers and used as filter values. */
export const RESULT_TYPES = {
  article: 'Article',
  timeline: 'Timeline event',
  glossary: 'Glossary',
} as const;

/** Sort key given to undated pages, so sorting by date keeps them (last when newest first). */
export const UNDATED_SORT_KEY = '0000';

/** Ranking weight of the other-names text (Pagefind's default weight is 1). */
export const ALIAS_WEIGHT = 0.5;

/** The result type a root-relative path (without the base) implies, if any. */
export function typeForPath(path: string): string | undefined {
  if (/^\/articles\/[^/]+\//.test(path)) return RESULT_TYPES.article;
  if (/^\/timeline\/[^/]+\//.test(path)) return RESULT_TYPES.timeline;
  if (/^\/glossary\//.test(path)) return RESULT_TYPES.glossary;
  return undefined;
}

/** "articles/x/index.html" → "/articles/x/"; "index.html" → "/"; "about.html" → "/about.html". */
export function pathForFile(relativeFile: string): string {
  const p = `/${relativeFile.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** One `key:value`, `key[attr]` or `key` entry of a data-pagefind-filter/meta/sort attribute. */
export interface PagefindAttrEntry {
  key: string;
  value?: string;
  attr?: string;
}

/**
 * Parses Pagefind's attribute syntax: "date:2022-12-16", "date[datetime]",
 * "topic", or several entries separated by commas ("title, image[src]").
 */
export function parsePagefindAttr(raw: string): PagefindAttrEntry[] {
  return raw
    .split(/,\s*(?=[\w-]+\s*(?:[:[]|$))/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const kv = /^([\w-]+)\s*:\s*([\s\S]*)$/.exec(part);
      if (kv) return { key: kv[1]!, value: kv[2]!.trim() };
      const ka = /^([\w-]+)\s*\[([\w-]+)\]$/.exec(part);
      if (ka) return { key: ka[1]!, attr: ka[2]! };
      return { key: part };
    });
}

/** What the integration needs to know about a built page. */
export interface PageFacts {
  /** The page has `data-pagefind-body`: it is meant to be found. */
  indexed: boolean;
  /** Text of the indexed parts (without `data-pagefind-ignore` parts). */
  text: string;
  /** Filter keys the page sets itself. */
  filterKeys: Set<string>;
  /** Meta keys the page sets itself. */
  metaKeys: Set<string>;
  /** The page's `date` sort key, if any. */
  date?: string | undefined;
  /** `datetime` of the first <time> in the indexed content: the date of typed pages that set none. */
  firstTime?: string | undefined;
}

interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface NodeLike extends ElementLike {
  closest(selector: string): NodeLike | null;
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<NodeLike>;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): Iterable<NodeLike>;
}

interface DocumentLike {
  querySelectorAll(selector: string): Iterable<NodeLike>;
}

function valueOf(el: ElementLike, entry: PagefindAttrEntry): string | undefined {
  if (entry.value !== undefined) return entry.value;
  if (entry.attr) return el.getAttribute(entry.attr) ?? undefined;
  return el.textContent?.trim() || undefined;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Text of an element without its `data-pagefind-ignore` parts, scripts and
 * styles, with a space between elements so that "<li>Iturup</li><li>Kunashir</li>"
 * reads as two words.
 */
function indexedText(el: NodeLike, out: string[] = []): string {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1 && !SKIP.has(node.nodeName.toUpperCase()) && !node.hasAttribute('data-pagefind-ignore')) {
      out.push(' ');
      indexedText(node, out);
      out.push(' ');
    }
  }
  return out.join('');
}

/** Reads the facts from a parsed page (without changing it). */
function collectFacts(document: DocumentLike): PageFacts {
  const facts: PageFacts = { indexed: false, text: '', filterKeys: new Set(), metaKeys: new Set() };
  const bodies: NodeLike[] = [];
  // One pass over the page for all four attributes (this runs for every page of the site).
  for (const el of document.querySelectorAll('[data-pagefind-filter],[data-pagefind-meta],[data-pagefind-sort],[data-pagefind-body],time[datetime]')) {
    if (el.nodeName.toUpperCase() === 'TIME' && facts.firstTime === undefined && el.closest('[data-pagefind-body]')) {
      facts.firstTime = el.getAttribute('datetime') ?? undefined;
    }
    const filter = el.getAttribute('data-pagefind-filter');
    const meta = el.getAttribute('data-pagefind-meta');
    const sort = el.getAttribute('data-pagefind-sort');
    if (filter !== null) for (const e of parsePagefindAttr(filter)) facts.filterKeys.add(e.key);
    if (meta !== null) for (const e of parsePagefindAttr(meta)) facts.metaKeys.add(e.key);
    if (sort !== null) {
      for (const e of parsePagefindAttr(sort)) if (e.key === 'date' && facts.date === undefined) facts.date = valueOf(el, e);
    }
    if (el.hasAttribute('data-pagefind-body')) bodies.push(el);
  }
  facts.indexed = bodies.length > 0;
  facts.text = bodies.map((b) => indexedText(b)).join(' ').replace(/\s+/g, ' ').trim();
  return facts;
}

/** Reads the facts from a page's HTML. */
export function readPageFacts(html: string): PageFacts {
  return collectFacts(parseHTML(html).document as unknown as DocumentLike);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML to add to the indexed copy of a page at `path` (root-relative,
 * without the base), or "" when nothing needs adding.
 */
export function indexAdditions(path: string, facts: PageFacts, names: readonly string[]): string {
  const tags: string[] = [];
  const filter = (v: string) => tags.push(`<span data-pagefind-filter="${escapeHtml(v)}"></span>`);
  const type = typeForPath(path);
  if (type && !facts.filterKeys.has('type')) filter(`type:${type}`);
  const valid = (d: string | undefined) => (d && /^\d{4}(-\d{2}){0,2}$/.test(d) ? d : undefined);
  // Articles, events and the glossary without a date sort key take the first <time> of their content.
  const fallback = !facts.date && type ? valid(facts.firstTime) : undefined;
  const date = valid(facts.date) ?? fallback;
  if (date && !facts.filterKeys.has('year')) filter(`year:${date.slice(0, 4)}`);
  if (date && !facts.metaKeys.has('date')) tags.push(`<span data-pagefind-meta="date:${date}"></span>`);
  if (fallback) tags.push(`<span data-pagefind-sort="date:${fallback}"></span>`);
  else if (!facts.date) tags.push(`<span data-pagefind-sort="date:${UNDATED_SORT_KEY}"></span>`);
  const plain = names.length ? `${ALIAS_PREFIX} ${names.join(', ')}.` : '';
  // Its length in words lets the UI tell a match on another name from a match in the text.
  if (plain) tags.push(`<span data-pagefind-meta="${ALIAS_WORDS_META}:${plain.split(/\s+/).length}"></span>`);
  const text = names.length ? `${ALIAS_PREFIX} ${names.map(escapeHtml).join(', ')}.` : '';
  if (!tags.length && !text) return '';
  return `<div data-pagefind-body data-pagefind-weight="${ALIAS_WEIGHT}">${tags.join('')}${text}</div>`;
}

/**
 * Repeated or decorative parts inside content that should not be indexed:
 * navigation (a table of contents, the glossary's term index, previous/next
 * links), the "#" heading links (whose hidden label would
 * otherwise end up in every section title), footnote numbers and back
 * arrows, and the hidden "(external link)" labels.
 */
export const DEFAULT_EXCLUDE = [
  'nav',
  '.toc',
  '.heading-anchor',
  '[data-footnote-ref]',
  '[data-footnote-backref]',
  'a.external > .visually-hidden',
];

/**
 * The HTML to index for a page, or undefined when the page has no
 * `data-pagefind-body` (navigation pages, the 404 page, the search page).
 * The copy drops `exclude` parts and gains `indexAdditions` at the start of <body>.
 */
export function prepareForIndex(
  html: string,
  path: string,
  groups: readonly NameGroup[],
  exclude: readonly string[] = DEFAULT_EXCLUDE,
): string | undefined {
  const { document } = parseHTML(html);
  if (exclude.length) for (const el of document.querySelectorAll(exclude.join(','))) el.remove();
  // A link whose text is its own address (a cited source's URL) adds only noise to excerpts.
  for (const a of document.querySelectorAll('a[href^="http"]')) {
    if (a.textContent?.trim() === a.getAttribute('href')) a.remove();
  }
  const facts = collectFacts(document as unknown as DocumentLike);
  if (!facts.indexed) return undefined;
  const extra = indexAdditions(path, facts, otherNames(facts.text, groups));
  if (extra) document.body.insertAdjacentHTML('afterbegin', extra);
  return document.toString();
}

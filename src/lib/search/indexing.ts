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
import { selectAll, selectOne } from 'css-select';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

// The node types of the parser's own DOM (domhandler, not a dependency of ours).
type Document = ReturnType<typeof parseDocument>;
type ChildNode = Document['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;
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

type Node = ChildNode | Document;

/** Pagefind's attribute syntax: a value, an attribute of the element, or its text. */
function valueOf(el: Element, entry: PagefindAttrEntry): string | undefined {
  if (entry.value !== undefined) return entry.value;
  if (entry.attr) return el.attribs[entry.attr];
  return DomUtils.textContent(el).trim() || undefined;
}

const SKIP = new Set<string>([ElementType.Script, ElementType.Style]);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Text of an element without its `data-pagefind-ignore` parts, scripts and
 * styles, with a space between elements so that "<li>Iturup</li><li>Kunashir</li>"
 * reads as two words.
 */
function indexedText(el: Node, out: string[] = []): string {
  for (const node of DomUtils.getChildren(el)) {
    if (node.type === ElementType.Text) out.push(node.data);
    else if (DomUtils.isTag(node) && !SKIP.has(node.type) && !SKIP_TAGS.has(node.name) && !('data-pagefind-ignore' in node.attribs)) {
      out.push(' ');
      indexedText(node, out);
      out.push(' ');
    }
  }
  return out.join('');
}

const FACT_SELECTOR = '[data-pagefind-filter],[data-pagefind-meta],[data-pagefind-sort],[data-pagefind-body],time[datetime]';

/** Reads the facts from a parsed page (without changing it). */
function collectFacts(document: Document): PageFacts {
  const facts: PageFacts = { indexed: false, text: '', filterKeys: new Set(), metaKeys: new Set() };
  const bodies: Element[] = [];
  // One pass over the page for all four attributes, in document order (this runs for every page of the site).
  for (const el of selectAll<Node, Element>(FACT_SELECTOR, document)) {
    const a = el.attribs;
    if (el.name === 'time' && facts.firstTime === undefined && insideBody(el)) facts.firstTime = a['datetime'];
    if (a['data-pagefind-filter'] !== undefined) for (const e of parsePagefindAttr(a['data-pagefind-filter'])) facts.filterKeys.add(e.key);
    if (a['data-pagefind-meta'] !== undefined) for (const e of parsePagefindAttr(a['data-pagefind-meta'])) facts.metaKeys.add(e.key);
    if (a['data-pagefind-sort'] !== undefined) {
      for (const e of parsePagefindAttr(a['data-pagefind-sort'])) if (e.key === 'date' && facts.date === undefined) facts.date = valueOf(el, e);
    }
    if ('data-pagefind-body' in a) bodies.push(el);
  }
  facts.indexed = bodies.length > 0;
  facts.text = bodies.map((b) => indexedText(b)).join(' ').replace(/\s+/g, ' ').trim();
  return facts;
}

function insideBody(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (DomUtils.isTag(p) && 'data-pagefind-body' in p.attribs) return true;
  return false;
}

const parse = (html: string) => parseDocument(html, { withStartIndices: true, withEndIndices: true });

/** Reads the facts from a page's HTML. */
export function readPageFacts(html: string): PageFacts {
  return collectFacts(parse(html));
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
  // A parse with source offsets and no serialising: dropped parts are cut out
  // of the original string and the additions spliced in, which is several
  // times faster than a DOM round trip on every page of a large site.
  const document = parse(html);
  const dropped = exclude.length ? selectAll<Node, Element>(exclude.join(','), document) : [];
  for (const el of dropped) DomUtils.removeElement(el);
  // A link whose text is its own address (a cited source's URL) adds only noise to excerpts.
  // (Read after the exclusions, which take its hidden "(external link)" label.)
  for (const a of selectAll<Node, Element>('a[href^="http"]', document)) {
    if (DomUtils.textContent(a).trim() === a.attribs['href']) {
      DomUtils.removeElement(a);
      dropped.push(a);
    }
  }
  const facts = collectFacts(document);
  if (!facts.indexed) return undefined;
  const extra = indexAdditions(path, facts, otherNames(facts.text, groups));
  const bodyEl = selectOne<Node, Element>('body', document);
  const at = bodyEl ? (bodyEl.children[0]?.startIndex ?? bodyEl.endIndex! - '</body>'.length + 1) : 0;
  return splice(html, dropped, extra ? { at, text: extra } : undefined);
}

/** `html` without the source ranges of `cut` (outermost wins), with `insert` added at its offset. */
function splice(html: string, cut: readonly Element[], insert?: { at: number; text: string }): string {
  const ranges = cut.map((el) => [el.startIndex!, el.endIndex! + 1] as const).sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  const put = (until: number) => {
    if (insert && insert.at <= until) {
      const at = Math.max(pos, insert.at);
      parts.push(html.slice(pos, at), insert.text);
      pos = at;
      insert = undefined;
    }
    parts.push(html.slice(pos, until));
  };
  for (const [from, to] of ranges) {
    if (from < pos) continue; // inside a range already cut
    put(from);
    pos = to;
  }
  put(html.length);
  return parts.join('');
}

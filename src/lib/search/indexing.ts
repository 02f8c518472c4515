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
import { compile, type Options } from 'css-select';
import { Parser } from 'htmlparser2';

import { ALIAS_PREFIX, otherNames, type NameGroup } from './aliases';
import { ALIAS_WORDS_META } from './query';

/** Result types, as shown to readers and used as filter values. */
const RESULT_TYPES = {
  article: 'Article',
  timeline: 'Timeline event',
  glossary: 'Glossary',
} as const;

/** Sort key given to undated pages, so sorting by date keeps them (last when newest first). */
export const UNDATED_SORT_KEY = '0000';

/** Ranking weight of the other-names text (Pagefind's default weight is 1). */
const ALIAS_WEIGHT = 0.5;

/** The result type a root-relative path (without the base) implies, if any. */
export function typeForPath(path: string): string | undefined {
  if (/^\/articles\/[^/]+\//.test(path)) return RESULT_TYPES.article;
  if (/^\/timeline\/[^/]+\//.test(path)) return RESULT_TYPES.timeline;
  if (path.startsWith("/glossary/")) return RESULT_TYPES.glossary;
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

/** An element while the page is read: what the selectors, facts and text need. */
interface OpenElement {
  name: string;
  attribs: Record<string, string>;
  parent: OpenElement | null;
  /** Offset of its start tag in the page. */
  start: number;
  /** In an excluded part: cut from the copy, its text and attributes do not count. */
  excluded: boolean;
  /** Its text is not indexed (excluded, `data-pagefind-ignore`, script, style, template, noscript). */
  ignored: boolean;
  /** Inside (or is) a `data-pagefind-body` element. */
  inBody: boolean;
  /** The innermost open link that may be a bare URL, collecting its text. */
  link: OpenElement | null;
  linkText?: string[];
  /** Collects the text of an element whose `date` sort key is its text. */
  sortText?: string[];
}

/**
 * css-select over the open elements: enough for element, class and
 * attribute selectors with descendant and child combinators (the page is
 * read as a stream, so there are no siblings or children to look at).
 */
const streamAdapter: NonNullable<Options<OpenElement, OpenElement>['adapter']> = {
  isTag: (_node): _node is OpenElement => true,
  getAttributeValue: (el, name) => el.attribs[name],
  getChildren: () => [],
  getName: (el) => el.name,
  getParent: (el) => el.parent,
  getSiblings: (el) => [el],
  getText: () => '',
  hasAttrib: (el, name) => Object.hasOwn(el.attribs, name),
  removeSubsets: (nodes) => nodes,
};

const matchers = new Map<string, (el: OpenElement) => boolean>();
function excludeMatcher(exclude: readonly string[]): (el: OpenElement) => boolean {
  const key = exclude.join(',');
  let match = matchers.get(key);
  if (!match) {
    // Outside quoted attribute values, "+" and "~" are sibling combinators and ":" starts a pseudo-class.
    const unsupported = exclude.find((sel) => /[+~:]/.test(sel.replace(/"[^"]*"|'[^']*'/g, '""')));
    if (unsupported) throw new Error(`Search exclude selector "${unsupported}" needs siblings or a pseudo-class, which a streamed page cannot give`);
    match = key ? compile<OpenElement, OpenElement>(key, { adapter: streamAdapter }) : () => false;
    matchers.set(key, match);
  }
  return match;
}

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/** What one read of a page gives. */
interface PageScan {
  facts: PageFacts;
  /** Source ranges to cut from the indexed copy: excluded parts and bare-URL links. */
  cuts: Array<[number, number]>;
  /** Offset just after the <body> start tag (0 when there is none). */
  bodyStart: number;
}

/**
 * Reads a page once, as a stream (no DOM is built: this runs for every page
 * of the site). The text is that of the `data-pagefind-body` elements without
 * their ignored parts, with a space between elements so that
 * "<li>Iturup</li><li>Kunashir</li>" reads as two words. With `dropBareUrls`,
 * a link whose text is its own address (a cited source's URL) is cut, as it
 * adds only noise to excerpts.
 */
function scanPage(html: string, exclude: readonly string[], dropBareUrls: boolean): PageScan {
  const isExcluded = excludeMatcher(exclude);
  const facts: PageFacts = { indexed: false, text: '', filterKeys: new Set(), metaKeys: new Set() };
  const cuts: Array<[number, number]> = [];
  const text: string[] = [];
  let bodyStart = 0;
  let current: OpenElement | null = null;
  let sortTexts = 0; // elements open whose sort key is their text (rare)
  const textOut = (el: OpenElement) => el.link?.linkText ?? text;
  const parser = new Parser({
    onopentag(name, attribs) {
      const parent = current;
      const el: OpenElement = {
        name,
        attribs,
        parent,
        start: parser.startIndex,
        excluded: parent?.excluded ?? false,
        ignored: parent?.ignored ?? false,
        inBody: parent?.inBody ?? false,
        link: parent?.link ?? null,
      };
      if (name === 'body') bodyStart = parser.endIndex + 1;
      if (!el.excluded && isExcluded(el)) {
        el.excluded = true;
        cuts.push([el.start, -1]);
      }
      if (el.excluded || SKIP_TAGS.has(name) || 'data-pagefind-ignore' in attribs) el.ignored = true;
      if (!el.excluded) {
        if ('data-pagefind-body' in attribs) el.inBody = facts.indexed = true;
        if (name === 'time' && el.inBody && facts.firstTime === undefined) facts.firstTime = attribs['datetime'];
        const filter = attribs['data-pagefind-filter'];
        const meta = attribs['data-pagefind-meta'];
        const sort = attribs['data-pagefind-sort'];
        if (filter !== undefined) for (const e of parsePagefindAttr(filter)) facts.filterKeys.add(e.key);
        if (meta !== undefined) for (const e of parsePagefindAttr(meta)) facts.metaKeys.add(e.key);
        if (sort !== undefined) {
          for (const e of parsePagefindAttr(sort)) {
            if (e.key !== 'date' || facts.date !== undefined) continue;
            if (e.value !== undefined) facts.date = e.value;
            else if (e.attr) facts.date = attribs[e.attr];
            else {
              el.sortText = [];
              sortTexts++;
            }
          }
        }
        if (dropBareUrls && name === 'a' && el.inBody && !el.ignored && attribs['href']?.startsWith('http')) {
          el.link = el;
          el.linkText = [];
        }
      }
      if (el.inBody && !el.ignored) textOut(el).push(' ');
      current = el;
    },
    ontext(data) {
      if (!current || current.excluded) return;
      if (sortTexts) for (let el: OpenElement | null = current; el; el = el.parent) el.sortText?.push(data);
      if (current.inBody && !current.ignored) textOut(current).push(data);
    },
    onclosetag() {
      const el = current;
      if (!el) return;
      current = el.parent;
      const end = parser.endIndex + 1;
      const open = cuts.at(-1);
      if (open?.[1] === -1 && open[0] === el.start) open[1] = end;
      if (el.sortText) {
        sortTexts--;
        facts.date ??= el.sortText.join('').trim() || undefined;
      }
      if (el.linkText) {
        const words = el.linkText.join('');
        if (words.trim() === el.attribs['href']) cuts.push([el.start, end]);
        else (el.parent?.link?.linkText ?? text).push(words);
      }
      if (el.inBody && !el.ignored && el.parent) textOut(el.parent).push(' ');
    },
  });
  parser.end(html);
  facts.text = text.join('').replace(/\s+/g, ' ').trim();
  return { facts, cuts: cuts.filter(([, to]) => to !== -1), bodyStart };
}

/** Reads the facts from a page's HTML (nothing excluded). */
export function readPageFacts(html: string): PageFacts {
  return scanPage(html, [], false).facts;
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
 *
 * Pages are read as a stream, so a selector here may use element, class,
 * id and attribute selectors with descendant and child combinators, but not
 * sibling combinators or structural pseudo-classes (:first-child, :has()).
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
  const { facts, cuts, bodyStart } = scanPage(html, exclude, true);
  if (!facts.indexed) return undefined;
  const extra = indexAdditions(path, facts, otherNames(facts.text, groups));
  return splice(html, cuts, extra ? { at: bodyStart, text: extra } : undefined);
}

/** `html` without the source ranges `cut` (the outermost of nested ones wins), with `insert` added at its offset. */
function splice(html: string, cut: ReadonlyArray<readonly [number, number]>, insert?: { at: number; text: string }): string {
  const ranges = [...cut].sort((a, b) => a[0] - b[0]);
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

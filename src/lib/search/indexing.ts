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
import { ALIAS_PREFIX, otherNames, type NameGroup } from './aliases';
import { ALIAS_WORDS_META } from './query';
import { scanPage, type PageFacts } from './page-scan';

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
  if (path.startsWith('/glossary/')) return RESULT_TYPES.glossary;
  return undefined;
}

/** "articles/x/index.html" → "/articles/x/"; "index.html" → "/"; "about.html" → "/about.html". */
export function pathForFile(relativeFile: string): string {
  const p = `/${relativeFile.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** Reads the facts from a page's HTML (nothing excluded). */
export function readPageFacts(html: string): PageFacts {
  return scanPage(html, [], false).facts;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

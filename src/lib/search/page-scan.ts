/**
 * One streamed read of a built page (htmlparser2, no DOM): the facts the
 * index needs (is it indexed, its filters, meta and sort keys, its text) and
 * the source ranges to leave out of the indexed copy. css-select runs over
 * the elements open at each point, so exclusions are ordinary selectors.
 */
import { compile, type Options } from 'css-select';
import { Parser } from 'htmlparser2';

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
    if (unsupported)
      throw new Error(`Search exclude selector "${unsupported}" needs siblings or a pseudo-class, which a streamed page cannot give`);
    match = key ? compile<OpenElement, OpenElement>(key, { adapter: streamAdapter }) : () => false;
    matchers.set(key, match);
  }
  return match;
}

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/** What one read of a page gives. */
export interface PageScan {
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
export function scanPage(html: string, exclude: readonly string[], dropBareUrls: boolean): PageScan {
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

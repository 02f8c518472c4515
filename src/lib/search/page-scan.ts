/**
 * One streamed read of a built page (htmlparser2, no DOM): is it indexed,
 * does it date itself, and the text a reader finds in its indexed parts
 * (which names it uses). css-select runs over the elements open at each
 * point, so exclusions are ordinary selectors: the same ones Pagefind is
 * given as `excludeSelectors`, so both leave out the same parts.
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
interface PageFacts {
  /** The page has `data-pagefind-body`: it is meant to be found. */
  indexed: boolean;
  /** Text of the indexed parts (without `data-pagefind-ignore` and excluded parts). */
  text: string;
  /** The page gives itself a `date` sort key (`data-pagefind-sort="date…"`). */
  dated: boolean;
  /** The topics it links as its search filter (`<a href="…/topics/<id>/" data-pagefind-filter="topic">`), by id. */
  topics: string[];
}

/** An element while the page is read: what the selectors and the text need. */
interface OpenElement {
  name: string;
  attribs: Record<string, string>;
  parent: OpenElement | null;
  /** Its text is not indexed (excluded, `data-pagefind-ignore`, script, style, template, noscript). */
  ignored: boolean;
  /** Inside (or is) a `data-pagefind-body` element. */
  inBody: boolean;
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
  /** Offset just after the <body> start tag (0 when there is none). */
  bodyStart: number;
}

/**
 * Reads a page once, as a stream (no DOM is built: this runs for every page
 * of the site). The text is that of the `data-pagefind-body` elements without
 * their ignored or excluded parts, with a space between elements so that
 * "<li>Iturup</li><li>Kunashir</li>" reads as two words.
 */
export function scanPage(html: string, exclude: readonly string[]): PageScan {
  const isExcluded = excludeMatcher(exclude);
  const facts: PageFacts = { indexed: false, text: '', dated: false, topics: [] };
  const text: string[] = [];
  let bodyStart = 0;
  let current: OpenElement | null = null;
  const parser = new Parser({
    onopentag(name, attribs) {
      const parent = current;
      const el: OpenElement = { name, attribs, parent, ignored: parent?.ignored ?? false, inBody: parent?.inBody ?? false };
      if (name === 'body') bodyStart = parser.endIndex + 1;
      if (el.ignored || SKIP_TAGS.has(name) || 'data-pagefind-ignore' in attribs || isExcluded(el)) el.ignored = true;
      if ('data-pagefind-body' in attribs && !el.ignored) el.inBody = facts.indexed = true;
      const sort = attribs['data-pagefind-sort'];
      if (sort !== undefined && parsePagefindAttr(sort).some((e) => e.key === 'date')) facts.dated = true;
      const topic = attribs['data-pagefind-filter'] === 'topic' ? /\/topics\/([^/]+)\/$/.exec(attribs['href'] ?? '')?.[1] : undefined;
      if (topic) facts.topics.push(topic);
      if (el.inBody && !el.ignored) text.push(' ');
      current = el;
    },
    ontext(data) {
      if (current?.inBody && !current.ignored) text.push(data);
    },
    onclosetag() {
      const el = current;
      if (!el) return;
      current = el.parent;
      if (el.inBody && !el.ignored) text.push(' ');
    },
  });
  parser.end(html);
  facts.text = text.join('').replace(/\s+/g, ' ').trim();
  return { facts, bodyStart };
}

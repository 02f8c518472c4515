/**
 * Pure helpers for the search UI: the search state and its URL form, the
 * Pagefind filter and sort objects, excerpt parsing and result labels.
 * No DOM here, so every function is unit-tested in Node.
 */
import { decodeHTML } from 'entities';
import { isValidPartialDate } from '../dates';
import { formatDate } from '../i18n/dates';
import type { Language } from '../i18n/languages';
import { OTHER_NAMES_META } from './fields';
import { fillText, listSeparator, type SearchTextKey } from './text';

/** Filters the UI offers, in display order; keys are Pagefind filter names and URL parameters. */
export const FILTER_KEYS = ['type', 'topic', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The orders the UI offers, in display order (labelled by the `search.sort.*` strings). */
export const SORT_KEYS = ['relevance', 'newest', 'oldest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The strings of the search interface, as the page gives them (./text.ts). */
type Strings = Readonly<Record<SearchTextKey, string>>;

/** Everything that defines a search: what the URL carries. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
}

/** Longest query we act on; longer input is cut (Pagefind gains nothing from essays). */
export const MAX_QUERY_LENGTH = 200;

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** Reads ?q=…&type=…&topic=…&year=…&sort=… (unknown or empty values are dropped). */
export function stateFromParams(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v.slice(0, 100);
  }
  const s = params.get('sort');
  const sort: SortKey = s === 'newest' || s === 'oldest' ? s : 'relevance';
  return { q, filters, sort };
}

/** The query string for a state, without defaults: "?q=yeltsin&type=Article", or "" when empty. */
export function stateToSearch(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) p.set(key, v);
  }
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

/** True when there is something to search for: words, or at least one filter. */
/**
 * The query without markup: a tag such as `<img src=x onerror=…>` is dropped
 * whole (its attribute names would otherwise prefix-match words like "one"),
 * and any stray angle bracket or brace becomes a space.
 */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/<\/?[a-z!][^>]*(>|$)/gi, ' ')
    .replace(/[<>{}[\]\\`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasQuery(state: SearchState): boolean {
  return cleanQuery(state.q) !== '' || FILTER_KEYS.some((k) => state.filters[k]);
}

/** Pagefind's `filters` option: { type: "Article" } (only the set ones). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) out[key] = v;
  }
  return out;
}

/** Pagefind's `sort` option, or undefined for relevance. */
export function pagefindSort(sort: SortKey): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/**
 * The term Pagefind should search for: the query without markup, or null (every
 * page) when only filters are set, as Pagefind's API expects.
 */
export function pagefindTerm(state: SearchState): string | null {
  const q = cleanQuery(state.q);
  return q ? q : null;
}

/** A piece of an excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Decodes the entities Pagefind writes (&amp; &lt; &#39; &#x27; …) into characters. */
export function decodeEntities(s: string): string {
  return decodeHTML(s);
}

/**
 * Splits a Pagefind excerpt (HTML in which only <mark> is markup) into text
 * parts. Any other tag is dropped; the UI renders the parts as text nodes and
 * <mark> elements, so nothing in an excerpt can become markup or script.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) mark = true;
    else if (/^<\/mark/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last?.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** "13 October 1993" (1993年10月13日) for a valid date meta value, else undefined. */
export function resultDate(meta: Record<string, string | undefined>, lang: Language = 'en'): string | undefined {
  const d = meta['date'];
  return d && isValidPartialDate(d) && !d.startsWith('0000') ? formatDate(lang, d) : undefined;
}

/** "1 result" / "12 results" / "No results" (1件, 12件, 該当なし). */
export function resultCount(count: number, strings: Strings): string {
  if (count === 0) return strings['search.count.none'];
  return count === 1 ? strings['search.count.one'] : fillText(strings['search.count.many'], { n: count });
}

/** The status line after a search: the count, with the query quoted and the filters in use when there are any. */
export function resultsSummary(count: number, state: SearchState, strings: Strings, lang: Language = 'en'): string {
  const n = resultCount(count, strings);
  const q = state.q.trim();
  const filters = FILTER_KEYS.flatMap((k) => state.filters[k] ?? []).join(listSeparator(lang));
  if (q) return fillText(strings[filters ? 'search.summary.queryFiltered' : 'search.summary.query'], { count: n, q, filters });
  return filters ? fillText(strings['search.summary.filtered'], { count: n, filters }) : n;
}

/** Filter values in display order: years newest first, everything else alphabetical. */
export function sortFilterValues(key: FilterKey, values: readonly string[]): string[] {
  const v = [...values];
  return key === 'year' ? v.sort((a, b) => b.localeCompare(a)) : v.sort((a, b) => a.localeCompare(b));
}

/** Lower case without diacritics or width differences, for matching a query against names. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, without the punctuation around them ("(Итуруп," → "Итуруп"). */
function words(text: string): string[] {
  return text
    .split(/[\s,/;]+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * When a result was found only under another name (the query matched none
 * of its text, only its `aka` metadata: the names of what it mentions that
 * it does not use), the words of those names that the query matched, e.g.
 * ["Кунашир"], as Pagefind matches them (a query word matches a word it
 * begins). Otherwise undefined: the excerpt then shows where it matched.
 * The UI says so instead of showing an excerpt with no match in it.
 */
export function otherNameMatch(
  query: string,
  result: { locations: readonly number[]; meta: Record<string, string | undefined> },
  matchedMetaFields: readonly string[] = [],
): string[] | undefined {
  const aka = result.meta[OTHER_NAMES_META];
  if (!aka || result.locations.length > 0 || !matchedMetaFields.includes(OTHER_NAMES_META)) return undefined;
  const terms = words(query).map(fold);
  const hits = words(aka).filter((w) => terms.some((t) => fold(w).startsWith(t)));
  return hits.length ? [...new Set(hits)] : undefined;
}

/** A section of a result, as Pagefind gives it. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: unknown;
}

/**
 * The sections worth listing under a result: those with an anchor of their
 * own (not the page itself, nor a section titled as the page), leaving out
 * one whose excerpt is the result's own excerpt word for word, at most `max`.
 */
export function shownSubResults<S extends SubResult>(
  result: { url: string; excerpt: string; sub_results: readonly S[] },
  title: string,
  max: number,
): S[] {
  const plain = (html: string) =>
    excerptParts(html)
      .map((p) => p.text)
      .join('')
      .trim();
  const main = plain(result.excerpt);
  return result.sub_results.filter((s) => s.anchor && s.url !== result.url && s.title !== title && plain(s.excerpt) !== main).slice(0, max);
}

export type OtherNameKind = 'abbreviation' | 'script' | 'spelling';

/** Letters in the scripts each edition writes its own text in: anything else is another script. */
const OWN_SCRIPT: Record<Language, RegExp> = {
  en: /[^\p{Script=Latin}\p{N}\p{P}\s]/u,
  ja: /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}\p{P}\s\u30fc]/u,
};

/**
 * What kind of other name a search matched, for the reader of a `lang`
 * page: an abbreviation (NSS, SWIFT), a name in another script (択捉島 or
 * Итуруп on an English page, Iturup on a Japanese one), or another spelling
 * (Etorofu for Iturup, エトロフ島 for 択捉島).
 */
export function otherNameKind(word: string, lang: Language = 'en'): OtherNameKind {
  if (/^\p{Lu}{2,6}$/u.test(word)) return 'abbreviation';
  if (OWN_SCRIPT[lang].test(word)) return 'script';
  return 'spelling';
}

/** The sentence after "Found under another name: …", from the kinds of the words matched. */
export function otherNameNote(words: readonly string[], strings: Strings, lang: Language = 'en'): string {
  const kinds = [...new Set(words.map((w) => otherNameKind(w, lang)))];
  return kinds.length === 1 ? strings[`search.aka.${kinds[0]!}`] : strings['search.aka.mixed'];
}

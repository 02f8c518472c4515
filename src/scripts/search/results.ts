/**
 * What the search interface shows besides its controls: one result (title,
 * type and date, excerpt or the other name it was found under, sections),
 * and the help shown when nothing is found or search is unavailable, in the
 * page's language (the words come from the page: lib/search/text.ts).
 */
import {
  FILTER_KEYS,
  otherNameMatch,
  otherNameNote,
  resultCount,
  resultDate,
  shownSubResults,
  type SearchState,
} from '../../lib/search/query';
import { fillText, listSeparator, type SearchText } from '../../lib/search/text';
import { excerptNodes, fillNodes, h, pageLink } from './dom';
import type { PagefindFragment } from './pagefind';

const MAX_SUB_RESULTS = 3;

/**
 * One result as a list item, its title a heading of `headingLevel`; `query`
 * and the metadata fields it matched tell a match on another name.
 */
export function resultItem(
  d: PagefindFragment,
  { headingLevel, text }: { headingLevel: 2 | 3; text: SearchText },
  query: string,
  matchedMetaFields: readonly string[] = [],
): HTMLLIElement {
  const s = text.strings;
  const title = d.meta['title'] || d.url;
  const type = d.filters['type']?.[0];
  const date = resultDate(d.meta, text.lang);
  const meta = h('p', { class: 'search-result__meta' });
  if (type) meta.append(h('span', { class: 'search-result__type' }, type));
  if (type && date) meta.append(h('span', { 'aria-hidden': 'true' }, ' · '));
  if (date) meta.append(h('time', { datetime: d.meta['date'] }, date));
  const heading = h(`h${headingLevel}`, { class: 'search-result__title' }, h('a', { href: d.url }, title));
  const aka = otherNameMatch(query, d, matchedMetaFields);
  const names = document.createDocumentFragment();
  aka?.forEach((w, i) => names.append(i > 0 ? listSeparator(text.lang) : '', h('mark', {}, w)));
  const excerpt = aka
    ? h(
        'p',
        { class: 'search-result__excerpt search-result__aka' },
        ...fillNodes(s['search.aka'], { names, note: otherNameNote(aka, s, text.lang) }),
      )
    : h('p', { class: 'search-result__excerpt' }, ...excerptNodes(d.excerpt));
  const subs = aka ? [] : shownSubResults(d, title, MAX_SUB_RESULTS);
  return h(
    'li',
    { class: 'search-result' },
    heading,
    meta.childNodes.length ? meta : null,
    excerpt,
    subs.length
      ? h(
          'ul',
          { class: 'search-result__subs', 'aria-label': fillText(s['search.sections'], { title }) },
          ...subs.map((sub) =>
            h('li', {}, h('a', { href: sub.url }, sub.title), h('p', { class: 'search-result__excerpt' }, ...excerptNodes(sub.excerpt))),
          ),
        )
      : null,
  );
}

/** The "Browse the articles, the timeline or the glossary" sentence of `key`, with its links. */
function browse(text: SearchText, key: 'search.tip.browse' | 'search.noIndexBrowse'): Array<Node | string> {
  const link = (l: 'articles' | 'timeline' | 'glossary') => pageLink(text.links[l], text.strings[`search.link.${l}`]);
  return fillNodes(text.strings[key], { articles: link('articles'), timeline: link('timeline'), glossary: link('glossary') });
}

/** Suggestions when nothing is found; with filters on, a button (calling `clearFilters`) to search without them. */
export function noResultsHelp(text: SearchText, state: SearchState, unfiltered: number, clearFilters: () => void): Node[] {
  const s = text.strings;
  const tips = h('ul', {});
  const filtered = FILTER_KEYS.some((k) => state.filters[k]);
  if (filtered && unfiltered > 0) {
    const clear = h(
      'button',
      { type: 'button', class: 'linklike' },
      fillText(s['search.clearFilters'], { count: resultCount(unfiltered, s) }),
    );
    clear.addEventListener('click', clearFilters);
    tips.append(h('li', {}, clear));
  }
  tips.append(h('li', {}, s['search.tip.spelling']), h('li', {}, s['search.tip.other']), h('li', {}, ...browse(text, 'search.tip.browse')));
  return [h('p', {}, s['search.suggestions']), tips];
}

/** Why search is not available, and where to go instead. */
export function unavailableHelp(text: SearchText): Node[] {
  const code = (c: string) => h('code', {}, c);
  return [
    h(
      'p',
      {},
      ...fillNodes(text.strings['search.noIndex'], {
        build: code('npm run build'),
        preview: code('npm run preview'),
        dev: code('astro dev'),
      }),
    ),
    h('p', {}, ...browse(text, 'search.noIndexBrowse')),
  ];
}

/**
 * What the search interface shows besides its controls: one result (title,
 * type and date, excerpt or the other name it was found under, sections),
 * and the help shown when nothing is found or search is unavailable.
 */
import { url } from '../../lib/urls';
import { FILTER_KEYS, otherNameMatch, otherNameNote, resultDate, shownSubResults, type SearchState } from '../../lib/search/query';
import { excerptNodes, h } from './dom';
import type { PagefindFragment } from './pagefind';

const MAX_SUB_RESULTS = 3;

/**
 * One result as a list item, its title a heading of `headingLevel`; `query`
 * and the metadata fields it matched tell a match on another name.
 */
export function resultItem(
  d: PagefindFragment,
  headingLevel: 2 | 3,
  query: string,
  matchedMetaFields: readonly string[] = [],
): HTMLLIElement {
  const title = d.meta['title'] || d.url;
  const type = d.filters['type']?.[0];
  const date = resultDate(d.meta);
  const meta = h('p', { class: 'search-result__meta' });
  if (type) meta.append(h('span', { class: 'search-result__type' }, type));
  if (type && date) meta.append(h('span', { 'aria-hidden': 'true' }, ' · '));
  if (date) meta.append(h('time', { datetime: d.meta['date'] }, date));
  const heading = h(`h${headingLevel}`, { class: 'search-result__title' }, h('a', { href: d.url }, title));
  const aka = otherNameMatch(query, d, matchedMetaFields);
  const excerpt = aka
    ? h(
        'p',
        { class: 'search-result__excerpt search-result__aka' },
        'Found under another name: ',
        ...aka.flatMap((w, i) => [i > 0 ? ', ' : '', h('mark', {}, w)]),
        `. ${otherNameNote(aka)}`,
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
          { class: 'search-result__subs', 'aria-label': `Sections of “${title}”` },
          ...subs.map((s) =>
            h('li', {}, h('a', { href: s.url }, s.title), h('p', { class: 'search-result__excerpt' }, ...excerptNodes(s.excerpt))),
          ),
        )
      : null,
  );
}

/** Suggestions when nothing is found; with filters on, a button (calling `clearFilters`) to search without them. */
export function noResultsHelp(state: SearchState, unfiltered: number, clearFilters: () => void): Node[] {
  const tips = h('ul', {});
  const filtered = FILTER_KEYS.some((k) => state.filters[k]);
  if (filtered && unfiltered > 0) {
    const clear = h(
      'button',
      { type: 'button', class: 'linklike' },
      `Search all types, topics and years (${unfiltered} ${unfiltered === 1 ? 'result' : 'results'})`,
    );
    clear.addEventListener('click', clearFilters);
    tips.append(h('li', {}, clear));
  }
  tips.append(
    h('li', {}, 'Check the spelling, or use fewer words.'),
    h('li', {}, 'Try another name or a broader word: “Kunashiri” or “Kuril”, “sanctions” or “treaty”.'),
    h(
      'li',
      {},
      'Browse the ',
      h('a', { href: url('/articles/') }, 'articles'),
      ', the ',
      h('a', { href: url('/timeline/') }, 'timeline'),
      ' or the ',
      h('a', { href: url('/glossary/') }, 'glossary'),
      '.',
    ),
  );
  return [h('p', {}, 'Suggestions:'), tips];
}

/** Why search is not available, and where to go instead. */
export function unavailableHelp(): Node[] {
  return [
    h(
      'p',
      {},
      'The search index could not be loaded. It is made by the production build (',
      h('code', {}, 'npm run build'),
      ', then ',
      h('code', {}, 'npm run preview'),
      '), so it does not exist in ',
      h('code', {}, 'astro dev'),
      '. If you are offline, try again when you are connected.',
    ),
    h(
      'p',
      {},
      'Meanwhile, browse the ',
      h('a', { href: url('/articles/') }, 'articles'),
      ' or the ',
      h('a', { href: url('/timeline/') }, 'timeline'),
      '.',
    ),
  ];
}

import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  hasQuery,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  resultCount,
  resultDate,
  resultsSummary,
  sameState,
  sortFilterValues,
  stateFromParams,
  stateToSearch,
  otherNameMatch,
  shownSubResults,
  EMPTY_STATE,
} from '../../src/lib/search/query';
import { searchText } from '../../src/lib/search/page-text';

const en = searchText('en').strings;
const ja = searchText('ja').strings;

const params = (s: string) => new URLSearchParams(s);

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = stateFromParams(params('?q=Yeltsin&type=Timeline+event&year=1993&sort=newest'));
    expect(state).toEqual({ q: 'Yeltsin', filters: { type: 'Timeline event', year: '1993' }, sort: 'newest' });
    expect(stateToSearch(state)).toBe('?q=Yeltsin&type=Timeline+event&year=1993&sort=newest');
    expect(stateFromParams(params(stateToSearch(state)))).toEqual(state);
  });

  it('drops empty and unknown values and leaves defaults out of the URL', () => {
    const state = stateFromParams(params('?q=&type=&sort=sideways&colour=red'));
    expect(state).toEqual(EMPTY_STATE);
    expect(stateToSearch(state)).toBe('');
  });

  it('keeps a hostile query as data (URL-encoded), never as markup', () => {
    const state = stateFromParams(params(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`));
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(stateToSearch(state)).not.toContain('<');
  });

  it('caps very long queries', () => {
    expect(stateFromParams(params(`?q=${'a'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('compares states by their URL form', () => {
    expect(sameState({ q: ' x ', filters: {}, sort: 'relevance' }, { q: 'x', filters: {}, sort: 'relevance' })).toBe(true);
  });
});

describe('Pagefind options', () => {
  it('passes only the set filters, the sort and a null term for filter-only searches', () => {
    const state = { q: '  ', filters: { type: 'Article' }, sort: 'oldest' as const };
    expect(hasQuery(state)).toBe(true);
    expect(pagefindFilters(state)).toEqual({ type: 'Article' });
    expect(pagefindSort(state.sort)).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindTerm(state)).toBeNull();
    expect(hasQuery(EMPTY_STATE)).toBe(false);
  });
});

describe('excerpts', () => {
  it('keeps <mark> and turns everything else into text', () => {
    expect(excerptParts('Sanctions on &lt;script&gt; and <mark>banks</mark>.')).toEqual([
      { text: 'Sanctions on <script> and ', mark: false },
      { text: 'banks', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('drops any other tag', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark>a</mark><b>b</b>')).toEqual([
      { text: 'a', mark: true },
      { text: 'b', mark: false },
    ]);
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#39;&#x41;&amp;&quot;&bogus;')).toBe(`'A&"&bogus;`);
  });
});

describe('labels', () => {
  it('formats result dates and leaves the undated sort key out', () => {
    expect(resultDate({ date: '1993-10-13' })).toBe('13 October 1993');
    expect(resultDate({ date: '2013-04' })).toBe('April 2013');
    expect(resultDate({ date: '0000' })).toBeUndefined();
    expect(resultDate({})).toBeUndefined();
  });

  it('formats result dates in Japanese on a Japanese page', () => {
    expect(resultDate({ date: '1993-10-13' }, 'ja')).toBe('1993年10月13日');
    expect(resultDate({ date: '2013-04' }, 'ja')).toBe('2013年4月');
    expect(resultDate({ date: '0000' }, 'ja')).toBeUndefined();
  });

  it('summarises the results for the live region', () => {
    expect(resultsSummary(0, { q: 'zzz', filters: {}, sort: 'relevance' }, en)).toBe('No results for “zzz”');
    expect(resultsSummary(1, { q: 'a', filters: { type: 'Article' }, sort: 'relevance' }, en)).toBe('1 result for “a” (Article)');
    expect(resultsSummary(3, { q: '', filters: { year: '2022' }, sort: 'relevance' }, en)).toBe('3 results (2022)');
    expect(resultsSummary(3, { q: '', filters: {}, sort: 'relevance' }, en)).toBe('3 results');
  });

  it('summarises the results in Japanese, filters joined with 、', () => {
    expect(resultsSummary(0, { q: '択捉島', filters: {}, sort: 'relevance' }, ja, 'ja')).toBe('「択捉島」の検索結果：該当なし');
    expect(resultsSummary(12, { q: '制裁', filters: { type: '記事', year: '2022' }, sort: 'relevance' }, ja, 'ja')).toBe(
      '「制裁」の検索結果：12件（記事、2022）',
    );
    expect(resultsSummary(1, { q: '', filters: { year: '1956' }, sort: 'relevance' }, ja, 'ja')).toBe('検索結果：1件（1956）');
  });

  it('counts results in each language', () => {
    expect([0, 1, 7].map((n) => resultCount(n, en))).toEqual(['No results', '1 result', '7 results']);
    expect([0, 1, 7].map((n) => resultCount(n, ja))).toEqual(['該当なし', '1件', '7件']);
  });

  it('orders filter values: years newest first, others alphabetically', () => {
    expect(sortFilterValues('year', ['1993', '2022', '1855'])).toEqual(['2022', '1993', '1855']);
    expect(sortFilterValues('type', ['Timeline event', 'Article', 'Glossary'])).toEqual(['Article', 'Glossary', 'Timeline event']);
  });
});

describe('matches on another name', () => {
  const meta = { aka: 'Etorofu, 択捉島, Кунашир, Kunashiri Island, Iturup / Etorofu' };

  it('reports the words of the other names the query matched, when only they matched', () => {
    expect(otherNameMatch('Кунашир', { locations: [], meta }, ['aka'])).toEqual(['Кунашир']);
    expect(otherNameMatch('etoro', { locations: [], meta }, ['aka'])).toEqual(['Etorofu']);
    expect(otherNameMatch('択捉島', { locations: [], meta }, ['title', 'aka'])).toEqual(['択捉島']);
    expect(otherNameMatch('Kunashiri island', { locations: [], meta }, ['aka'])).toEqual(['Kunashiri', 'Island']);
  });

  it('stays out of the way when the page text matches, or the other names did not', () => {
    expect(otherNameMatch('Кунашир', { locations: [12], meta }, ['aka'])).toBeUndefined();
    expect(otherNameMatch('Кунашир', { locations: [], meta }, ['title'])).toBeUndefined();
    expect(otherNameMatch('Кунашир', { locations: [], meta }, [])).toBeUndefined();
    expect(otherNameMatch('Кунашир', { locations: [], meta: {} }, ['aka'])).toBeUndefined();
    expect(otherNameMatch('Shikotan', { locations: [], meta }, ['aka'])).toBeUndefined();
  });
});

describe('sections under a result', () => {
  const sub = (title: string, excerpt: string, anchor = true) => ({
    title,
    url: `/a/#${title.toLowerCase()}`,
    excerpt,
    ...(anchor ? { anchor: { element: 'h2', id: title.toLowerCase() } } : {}),
  });

  it('lists sections with an anchor of their own, not the page or its title, at most `max`', () => {
    const result = {
      url: '/a/',
      excerpt: 'The <mark>treaty</mark> of 1855',
      sub_results: [sub('Page', 'x', false), sub('Title', 'y'), sub('One', 'a'), sub('Two', 'b'), sub('Three', 'c')],
    };
    expect(shownSubResults(result, 'Title', 2).map((s) => s.title)).toEqual(['One', 'Two']);
  });

  it('leaves out a section whose excerpt is the result’s own, word for word', () => {
    const result = {
      url: '/a/',
      excerpt: 'The <mark>treaty</mark> of 1855 &amp; more',
      sub_results: [sub('Shimoda', 'The <mark>treaty</mark> of 1855 &#38; more '), sub('Later', 'Another <mark>treaty</mark>')],
    };
    expect(shownSubResults(result, 'Title', 3).map((s) => s.title)).toEqual(['Later']);
  });
});

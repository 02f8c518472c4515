/** The search interface's words as the page carries them (src/lib/search/text.ts, page-text.ts). */
import { describe, expect, it } from 'vitest';
import { searchText, searchTextJson } from '../../src/lib/search/page-text';
import { fillText, listSeparator, parseSearchText, templateParts } from '../../src/lib/search/text';

describe('templates', () => {
  it('splits a template at its placeholders', () => {
    expect(templateParts('Browse the {articles} or the {timeline}.')).toEqual([
      'Browse the ',
      { name: 'articles' },
      ' or the ',
      { name: 'timeline' },
      '.',
    ]);
    expect(templateParts('{articles}、{timeline}')).toEqual([{ name: 'articles' }, '、', { name: 'timeline' }]);
    expect(templateParts('no placeholder')).toEqual(['no placeholder']);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillText('{n}件', { n: 12 })).toBe('12件');
    expect(fillText('「{q}」の検索結果：{count}', { q: '択捉島', count: '3件' })).toBe('「択捉島」の検索結果：3件');
    expect(fillText('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('joins lists as each language does', () => {
    expect(['記事', '2022'].join(listSeparator('ja'))).toBe('記事、2022');
    expect(['Article', '2022'].join(listSeparator('en'))).toBe('Article, 2022');
  });
});

describe('the search text of an edition', () => {
  it('gives the Japanese words and Japanese pages on a Japanese page', () => {
    const ja = searchText('ja');
    expect(ja.lang).toBe('ja');
    expect(ja.strings['search.placeholder']).toBe('例：択捉島、制裁、1956年');
    expect(ja.strings['search.count.none']).toBe('該当なし');
    expect(ja.links.search).toEqual({ href: '/ja/search/' });
    expect(ja.links.articles).toEqual({ href: '/ja/articles/' });
    expect(ja.links.glossary).toEqual({ href: '/ja/glossary/' });
  });

  it('marks a link to an English page from the Japanese edition', () => {
    // The timeline chart has no Japanese page (yet): its link leads to English and says so.
    const timeline = searchText('ja').links.timeline;
    expect(timeline.en === true).toBe(!timeline.href.startsWith('/ja/'));
  });

  it('offers "Did you mean" from the English vocabulary on English pages only', () => {
    expect(searchText('en').vocabulary).toBe('/search/vocabulary.json');
    expect(searchText('ja').vocabulary).toBeUndefined();
  });

  it('leaves the search page’s own strings out of what the scripts get', () => {
    expect(Object.keys(searchText('en').strings).filter((k) => k.startsWith('search.page.'))).toEqual([]);
    expect(Object.keys(searchText('en').strings).sort()).toEqual(Object.keys(searchText('ja').strings).sort());
  });

  it('reads back what the page carries, and refuses anything else', () => {
    expect(parseSearchText(searchTextJson('ja'))).toEqual(searchText('ja'));
    expect(parseSearchText(undefined)).toBeUndefined();
    expect(parseSearchText('{not json')).toBeUndefined();
    expect(parseSearchText('"text"')).toBeUndefined();
    expect(parseSearchText(JSON.stringify({ lang: 'ja', strings: {}, links: { search: { href: '/ja/search/' } } }))).toBeUndefined();
  });
});

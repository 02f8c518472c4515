import { describe, expect, it } from 'vitest';
import { mainScriptLang, paragraphId, readingMinutes, scriptLang, splitLastWord, wordCount } from '../../src/lib/text';
import { stripBase, withBase } from '../../src/lib/urls';
import { byNewest, pickLead } from '../../src/lib/articles';

describe('text helpers', () => {
  it('counts words, treating numbers and contractions as one word', () => {
    expect(wordCount("Russia's 10,000 troops, up-to-date.")).toBe(4);
    expect(wordCount('')).toBe(0);
  });

  it('counts each Japanese character as a word', () => {
    expect(wordCount('択捉島 and 国後島')).toBe(7);
  });

  it('rounds reading time and never returns zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(440)).toBe(2);
    expect(readingMinutes(549)).toBe(2);
    // Japanese, counted by the character, at about 500 a minute.
    expect(readingMinutes(2000, 'ja')).toBe(4);
    expect(readingMinutes(100, 'ja')).toBe(1);
  });

  it('builds paragraph ids from the first six words', () => {
    expect(paragraphId('Japan’s current national security strategy, which was adopted')).toBe(
      'p-japans-current-national-security-strategy-which',
    );
    expect(paragraphId('  ')).toBe('');
    expect(paragraphId('— …')).toBe('');
  });
});

describe('scriptLang', () => {
  it('marks Japanese and Russian scripts, not romanised names', () => {
    expect(scriptLang('択捉島')).toBe('ja');
    expect(scriptLang('イルクーツク声明')).toBe('ja');
    expect(scriptLang('Итуруп')).toBe('ru');
    expect(scriptLang('острова Хабомаи')).toBe('ru');
    expect(scriptLang('Etorofu')).toBeUndefined();
    expect(scriptLang('Hoppō Ryōdo')).toBeUndefined();
  });
});

describe('mainScriptLang', () => {
  it('names the script most of the words are in', () => {
    expect(mainScriptLang('Interfax report, quoting «Итуруп»')).toBe('en');
    expect(mainScriptLang('Указ Президента Российской Федерации (Kremlin)')).toBe('ru');
    expect(mainScriptLang('国家安全保障戦略 (NSS)')).toBe('ja');
    expect(mainScriptLang('2022-12-16')).toBeUndefined();
  });
});

describe('splitLastWord', () => {
  it('splits a link text before its last word', () => {
    expect(splitLastWord('Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign ', 'Affairs']);
    expect(splitLastWord('MOFA')).toEqual(['', 'MOFA']);
    expect(splitLastWord('Talks ')).toEqual(['', 'Talks ']);
    expect(splitLastWord('   ')).toEqual(['   ', '']);
  });

  it('keeps only the end of a long word (a URL) together', () => {
    expect(splitLastWord('https://example.org/a/very-long-path.html')).toEqual(['https://example.org/a/ver', 'y-long-path.html']);
    expect(splitLastWord('国後島の長い名前', 3)).toEqual(['国後島の長', 'い名前']);
  });
});

describe('base paths', () => {
  it('joins and strips the base', () => {
    expect(withBase('/articles/', '/')).toBe('/articles/');
    expect(withBase('/articles/', '/news/')).toBe('/news/articles/');
    expect(withBase('relative/', '/news/')).toBe('relative/');
    expect(stripBase('/news/articles/', '/news/')).toBe('/articles/');
    expect(stripBase('/news/', '/news/')).toBe('/');
    expect(stripBase('/articles/', '/')).toBe('/articles/');
  });
});

describe('article ordering', () => {
  const a = (id: string, published: string, lead = false) => ({ id, data: { published, lead, title: id } });
  it('sorts newest first and picks the lead', () => {
    const list = [a('old', '2020-01-01'), a('new', '2022-01-01'), a('mid', '2021-01-01', true)];
    expect([...list].sort(byNewest).map((x) => x.id)).toEqual(['new', 'mid', 'old']);
    expect(pickLead(list)?.id).toBe('mid');
    expect(pickLead([a('x', '2020-01-01'), a('y', '2021-01-01')])?.id).toBe('y');
    expect(pickLead([])).toBeUndefined();
  });
});

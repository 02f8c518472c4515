import { describe, expect, it } from 'vitest';
import { closestWord, didYouMean, foldWord, vocabularyWords } from '../../src/lib/search/suggest';
import { cleanQuery, hasQuery, otherNameKind, otherNameNote, pagefindTerm } from '../../src/lib/search/query';
import { searchText } from '../../src/lib/search/page-text';

const en = searchText('en').strings;
const ja = searchText('ja').strings;

const vocabulary = vocabularyWords([
  'Paramushir',
  'Kunashir / Kunashiri',
  'Iturup / Etorofu',
  'Tokyo Declaration signed by Hosokawa and Yeltsin',
  'National Security Strategy',
  'NSS',
  '択捉島',
]);

describe('query cleaning', () => {
  it('drops markup whole, so its attribute names are not searched', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)>')).toBe('');
    expect(cleanQuery('Iturup <script>alert(1)</script> missiles')).toBe('Iturup alert(1) missiles');
    expect(cleanQuery('a < b > c {x} [y]')).toBe('a b c x y');
    expect(cleanQuery('  Tokyo   Declaration ')).toBe('Tokyo Declaration');
  });

  it('searches nothing for a query that was only markup', () => {
    const state = { q: '<img src=x onerror=alert(1)>', filters: {}, sort: 'relevance' as const };
    expect(hasQuery(state)).toBe(false);
    expect(pagefindTerm({ ...state, q: '<b>Iturup</b>' })).toBe('Iturup');
  });

  it('leaves ordinary queries, other scripts and apostrophes alone', () => {
    expect(cleanQuery("Japan's 択捉島 Итуруп")).toBe("Japan's 択捉島 Итуруп");
  });
});

describe('vocabulary', () => {
  it('keeps words of four or more letters once, in the first spelling seen', () => {
    expect(vocabulary).toContain('Paramushir');
    expect(vocabulary).toContain('Kunashiri');
    expect(vocabulary).not.toContain('NSS');
    expect(vocabulary).not.toContain('and');
    expect(vocabularyWords(['Iturup', 'ITURUP', 'iturup']).length).toBe(1);
    expect(foldWord('Shikotán')).toBe('shikotan');
  });
});

describe('did you mean', () => {
  it('finds the word a reader meant', () => {
    expect(didYouMean('Paramushr', vocabulary)).toBe('Paramushir');
    // One edit from the Japanese name, two from the Russian one: both name the island.
    expect(didYouMean('Kunashri', vocabulary)).toBe('Kunashiri');
    // Only the misspelt word changes; the rest stays as typed.
    expect(didYouMean('tokyo declration', vocabulary)).toBe('tokyo Declaration');
    expect(didYouMean('Yeltsn visit', vocabulary)).toBe('Yeltsin visit');
  });

  it('offers nothing for a word the site has, a short word or a word too far from any', () => {
    expect(didYouMean('Paramushir', vocabulary)).toBeUndefined();
    expect(didYouMean('NSA', vocabulary)).toBeUndefined();
    expect(didYouMean('bananas', vocabulary)).toBeUndefined();
    expect(closestWord('Hosokaw', vocabulary)).toBe('Hosokawa');
    expect(closestWord('Hxsxkxwx', vocabulary)).toBeUndefined();
  });
});

describe('the kind of other name matched', () => {
  it('tells an abbreviation, another script and another spelling apart', () => {
    expect(otherNameKind('NSS')).toBe('abbreviation');
    expect(otherNameKind('SWIFT')).toBe('abbreviation');
    expect(otherNameKind('択捉島')).toBe('script');
    expect(otherNameKind('Итуруп')).toBe('script');
    expect(otherNameKind('Etorofu')).toBe('spelling');
    expect(otherNameKind('Kunashiri')).toBe('spelling');
  });

  it('counts Latin and Cyrillic names as another script on a Japanese page, kana and kanji as its own', () => {
    expect(otherNameKind('Iturup', 'ja')).toBe('script');
    expect(otherNameKind('Итуруп', 'ja')).toBe('script');
    expect(otherNameKind('エトロフ島', 'ja')).toBe('spelling');
    expect(otherNameKind('イトゥルップ島', 'ja')).toBe('spelling');
    expect(otherNameKind('NSS', 'ja')).toBe('abbreviation');
  });

  it('says so to the reader', () => {
    expect(otherNameNote(['NSS'], en)).toBe('The page spells out the abbreviation.');
    expect(otherNameNote(['Итуруп'], en)).toBe('The page writes the name in another script.');
    expect(otherNameNote(['Etorofu', 'Итуруп'], en)).toBe('The page uses other names, spellings or scripts.');
  });

  it('says so in Japanese on a Japanese page', () => {
    expect(otherNameNote(['Iturup'], ja, 'ja')).toBe('このページは名前を別の文字で書いています。');
    expect(otherNameNote(['エトロフ島'], ja, 'ja')).toBe('このページは別の表記や名前を使っています。');
    expect(otherNameNote(['Iturup', 'エトロフ島'], ja, 'ja')).toBe('このページは別の名前、表記、文字を使っています。');
  });
});

/**
 * The pages' JSON-LD (src/lib/structured-data.ts): each in its page's
 * language, a translation naming the English page it translates, and a
 * Japanese summary of a republished report based on the English report.
 */
import { describe, expect, it } from 'vitest';
import { articleJsonLd, eventJsonLd, websiteJsonLd } from '../../src/lib/structured-data';

const article = {
  url: 'https://example.org/ja/articles/sputnik-report/',
  title: '日本の制裁に関するスプートニクの報道（要約）',
  description: '2022年の報道を日本語で要約したもの。',
  published: '2022-12-10',
  byline: '編集部',
  publisher: '「日露関係」編集部',
  keywords: ['制裁'],
};

describe('article JSON-LD', () => {
  it('is in English on an English page, with the report it is based on as written', () => {
    const ld = articleJsonLd({ ...article, lang: 'en', isBasedOn: 'Sputnik, 2022-12-10' });
    expect(ld).toMatchObject({ inLanguage: 'en', isBasedOn: 'Sputnik, 2022-12-10', keywords: '制裁' });
    expect(ld).not.toHaveProperty('translationOfWork');
  });

  it('is in Japanese on a translated page, naming the English article it translates', () => {
    const ld = articleJsonLd({
      ...article,
      lang: 'ja',
      english: { url: 'https://example.org/articles/x/', title: 'The English headline', summary: false },
    });
    expect(ld).toMatchObject({
      headline: article.title,
      description: article.description,
      inLanguage: 'ja',
      translationOfWork: {
        '@type': 'NewsArticle',
        headline: 'The English headline',
        url: 'https://example.org/articles/x/',
        inLanguage: 'en',
      },
    });
    expect(ld).not.toHaveProperty('isBasedOn');
  });

  it('on a Japanese summary of a republished report: the page is Japanese, what it is based on is the English report', () => {
    const ld = articleJsonLd({
      ...article,
      lang: 'ja',
      isBasedOn: 'Sputnik, 2022-12-10',
      english: { url: 'https://example.org/articles/sputnik-report/', title: 'Sputnik: Japan’s sanctions', summary: true },
    });
    expect(ld['inLanguage']).toBe('ja');
    expect(ld['isBasedOn']).toEqual({
      '@type': 'NewsArticle',
      headline: 'Sputnik: Japan’s sanctions',
      url: 'https://example.org/articles/sputnik-report/',
      inLanguage: 'en',
      isBasedOn: 'Sputnik, 2022-12-10',
    });
    expect(ld).not.toHaveProperty('translationOfWork');
  });
});

describe('site and event JSON-LD', () => {
  it('says the home page’s language', () => {
    expect(websiteJsonLd('https://example.org/ja/', '日露関係', '説明', 'ja')).toMatchObject({ inLanguage: 'ja', name: '日露関係' });
    expect(websiteJsonLd('https://example.org/', 'Japan–Russia Relations', 'About', 'en')['inLanguage']).toBe('en');
  });

  it('gives an event page its language and the timeline’s name in it', () => {
    const ld = eventJsonLd({
      url: 'https://example.org/ja/timeline/1993-10-13-tokyo-declaration/',
      title: '東京宣言',
      description: '1993年10月13日：東京宣言',
      date: '1993-10-13',
      topics: ['外交'],
      sources: [{ publisher: '外務省', title: '東京宣言', url: 'https://www.mofa.go.jp/mofaj/x.html' }],
      timelineUrl: 'https://example.org/ja/timeline/',
      timelineName: '日露関係の年表',
      publisher: '「日露関係」編集部',
      lang: 'ja',
    });
    expect(ld).toMatchObject({
      inLanguage: 'ja',
      headline: '東京宣言',
      keywords: '外交',
      isPartOf: { name: '日露関係の年表', url: 'https://example.org/ja/timeline/' },
      temporalCoverage: '1993-10-13',
    });
  });
});

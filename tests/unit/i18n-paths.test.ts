/** Which pages exist in which language, and where links and the language switch go (src/lib/i18n/paths.ts). */
import { describe, expect, it } from 'vitest';
import { counterparts, hasTranslatedPage, linkIn, pageLanguage, pathIn } from '../../src/lib/i18n/paths';

describe('page paths per language', () => {
  it('reads a page’s language and its English path from its address', () => {
    expect(pageLanguage('/ja/articles/x/')).toEqual({ lang: 'ja', englishPath: '/articles/x/' });
    expect(pageLanguage('/ja/')).toEqual({ lang: 'ja', englishPath: '/' });
    expect(pageLanguage('/articles/x/')).toEqual({ lang: 'en', englishPath: '/articles/x/' });
    // Two letters that are not a language of the site are an English path.
    expect(pageLanguage('/fr/articles/')).toEqual({ lang: 'en', englishPath: '/fr/articles/' });
  });

  it('knows which kinds of page have a translated page, whatever the item', () => {
    for (const path of [
      '/',
      '/articles/',
      '/articles/any-id/',
      '/timeline/',
      '/timeline/1993-10-13-x/',
      '/glossary/',
      '/topics/sanctions/',
      '/corrections/',
      '/about/',
      '/rss.xml',
    ]) {
      expect(hasTranslatedPage(path), path).toBe(true);
    }
    for (const path of ['/timeline/embed/', '/search/vocabulary.json', '/timeline/events.json', '/corrections/rss.xml', '/articles/x/y/']) {
      expect(hasTranslatedPage(path), path).toBe(false);
    }
    // A fragment or query does not change the page.
    expect(hasTranslatedPage('/glossary/#iturup')).toBe(true);
    expect(hasTranslatedPage('/timeline/#1993-10-13-x')).toBe(true);
    expect(hasTranslatedPage('/timeline/embed/?from=2022')).toBe(false);
  });

  it('puts a translated page under its language', () => {
    expect(pathIn('ja', '/articles/x/')).toBe('/ja/articles/x/');
    expect(pathIn('en', '/articles/x/')).toBe('/articles/x/');
  });

  it('links a Japanese page to a Japanese page, or to the English one, marked, while there is none', () => {
    expect(linkIn('ja', '/glossary/#iturup')).toEqual({ path: '/ja/glossary/#iturup', lang: 'ja' });
    expect(linkIn('ja', '/timeline/#1993-10-13-x')).toEqual({ path: '/ja/timeline/#1993-10-13-x', lang: 'ja' });
    expect(linkIn('ja', '/timeline/embed/')).toEqual({ path: '/timeline/embed/', lang: 'en' });
    expect(linkIn('ja', '/search/')).toEqual({ path: '/ja/search/', lang: 'ja' });
    expect(linkIn('en', '/timeline/')).toEqual({ path: '/timeline/', lang: 'en' });
  });

  it('gives a page’s counterparts in both directions, and none for a page in one language only', () => {
    const both = { en: '/timeline/1993-10-13-x/', ja: '/ja/timeline/1993-10-13-x/' };
    expect(counterparts('/timeline/1993-10-13-x/')).toEqual(both);
    expect(counterparts('/ja/timeline/1993-10-13-x/')).toEqual(both);
    expect(counterparts('/ja/')).toEqual({ en: '/', ja: '/ja/' });
    expect(counterparts('/ja/timeline/')).toEqual({ en: '/timeline/', ja: '/ja/timeline/' });
    expect(counterparts('/timeline/embed/')).toBeUndefined();
    expect(counterparts('/search/')).toEqual({ en: '/search/', ja: '/ja/search/' });
    expect(counterparts('/ja/search/')).toEqual({ en: '/search/', ja: '/ja/search/' });
  });
});

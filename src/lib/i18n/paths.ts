/**
 * Which pages exist in which language, and their addresses. English pages
 * are at the root, each other language's under /<code>/; a path here is
 * root-relative and without the deploy base (`/articles/x/`).
 */
import { isTranslationLanguage, LANGUAGES, type Language } from './languages';

/**
 * The English pages that have a page in every translation language, by
 * path. Every item gets its page in each language, translated or not (an
 * untranslated one says so and links to the English page), so the kind of
 * page decides, not the item. The timeline embed and downloads have Japanese
 * twins (/ja/timeline/embed/, /ja/timeline/events.json, …) but are framed or
 * downloaded, not read between editions: not listed, so no alternates.
 */
const TRANSLATED_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/articles\/([^/]+\/)?$/,
  /^\/timeline\/$/,
  /^\/timeline\/(?!embed\/)[^/]+\/$/,
  /^\/glossary\/$/,
  /^\/topics\/[^/]+\/$/,
  /^\/corrections\/$/,
  /^\/about\/$/,
  /^\/search\/$/,
  /^\/rss\.xml$/,
];

/** A page's language and its path in English (`/ja/articles/x/` → ja, `/articles/x/`). */
export function pageLanguage(path: string): { lang: Language; englishPath: string } {
  const m = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return m && isTranslationLanguage(m[1] ?? '') ? { lang: m[1] as Language, englishPath: m[2] ?? '/' } : { lang: 'en', englishPath: path };
}

/** True when the English page at `englishPath` (a fragment or query left aside) has translated pages. */
export const hasTranslatedPage = (englishPath: string): boolean => {
  const bare = englishPath.replace(/[?#].*$/, '');
  return TRANSLATED_PAGES.some((p) => p.test(bare));
};

/** The path of `englishPath`'s page in `lang`, whether that page exists or not. */
export const pathIn = (lang: Language, englishPath: string): string => (lang === 'en' ? englishPath : `/${lang}${englishPath}`);

/**
 * Where a link on a `lang` page to the English page `englishPath` goes: that
 * page in `lang` when there is one, else the English page, with `lang: 'en'`
 * so the link can say it leads to English.
 */
export function linkIn(lang: Language, englishPath: string): { path: string; lang: Language } {
  return lang === 'en' || hasTranslatedPage(englishPath) ? { path: pathIn(lang, englishPath), lang } : { path: englishPath, lang: 'en' };
}

/** The page's addresses in every language, or undefined for a page that exists in one only. */
export function counterparts(path: string): Record<Language, string> | undefined {
  const { englishPath } = pageLanguage(path);
  if (!hasTranslatedPage(englishPath)) return undefined;
  return Object.fromEntries(LANGUAGES.map((l) => [l, pathIn(l, englishPath)])) as Record<Language, string>;
}

/**
 * Anchors of the About page's sections that other pages link to: the ids
 * its Markdown headings get (rehype-slug), which differ by language.
 */
export const ABOUT_ANCHORS: Record<Language, { corrections: string }> = {
  en: { corrections: 'corrections-policy' },
  ja: { corrections: '訂正の方針' },
};

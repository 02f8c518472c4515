/**
 * The search text of an edition (./text.ts), from the dictionaries, for the
 * templates to write into the page. Build side only: the browser reads the
 * result, never the dictionaries.
 */
import type { Language } from '../i18n/languages';
import { linkIn } from '../i18n/paths';
import { searchEn } from '../i18n/ui-search';
import { translator } from '../i18n/ui';
import { url } from '../urls';
import { SEARCH_LINKS, type SearchLink, type SearchText, type SearchTextKey } from './text';

const KEYS = Object.keys(searchEn).filter((k): k is SearchTextKey => !k.startsWith('search.page.'));

const PATHS: Record<SearchLink, string> = { search: '/search/', articles: '/articles/', timeline: '/timeline/', glossary: '/glossary/' };

/**
 * "Did you mean …" only where the vocabulary is the edition's own: its words
 * are English names and titles, which would be odd suggestions under a
 * Japanese query (and edit distance means little in a script without spaces).
 */
const VOCABULARY: Partial<Record<Language, string>> = { en: '/search/vocabulary.json' };

export function searchText(lang: Language): SearchText {
  const t = translator(lang);
  const links = Object.fromEntries(
    SEARCH_LINKS.map((l) => {
      const to = linkIn(lang, PATHS[l]);
      return [l, to.lang === lang ? { href: url(to.path) } : { href: url(to.path), en: true }];
    }),
  ) as SearchText['links'];
  const vocabulary = VOCABULARY[lang];
  return {
    lang,
    strings: Object.fromEntries(KEYS.map((k) => [k, t(k)])) as SearchText['strings'],
    links,
    ...(vocabulary ? { vocabulary: url(vocabulary) } : {}),
  };
}

/** The search text as the JSON a data attribute carries. */
export const searchTextJson = (lang: Language): string => JSON.stringify(searchText(lang));

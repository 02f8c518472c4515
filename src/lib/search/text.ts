/**
 * The words the search scripts show, in the page's language. The build
 * writes them into the page (page-text.ts, from the dictionaries) and the
 * scripts read them back (`parseSearchText`), so no dictionary ships to the
 * browser. Pure, for the build and the browser alike.
 */
import type { Language } from '../i18n/languages';
import type { searchEn } from '../i18n/ui-search';

/** The dictionary keys the scripts use: all the search strings but the search page's own. */
export type SearchTextKey = Exclude<keyof typeof searchEn, `search.page.${string}`>;

/** The pages the search interface links to. */
export const SEARCH_LINKS = ['search', 'articles', 'timeline', 'glossary'] as const;
export type SearchLink = (typeof SEARCH_LINKS)[number];

export interface SearchText {
  lang: Language;
  strings: Record<SearchTextKey, string>;
  /** Addresses with the deploy base; `en` marks an English page linked from another edition. */
  links: Record<SearchLink, { href: string; en?: true }>;
  /** Where "Did you mean …" finds its words; none: no suggestions in this edition. */
  vocabulary?: string;
}

/** A template split at its `{name}` placeholders: text, and the names where a value goes. */
export function templateParts(template: string): Array<string | { name: string }> {
  const out: Array<string | { name: string }> = [];
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > at) out.push(template.slice(at, m.index));
    out.push({ name: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  return out;
}

/** A template with its placeholders filled in (an unknown one is left as written). */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
  return templateParts(template)
    .map((p) => (typeof p === 'string' ? p : p.name in values ? String(values[p.name]) : `{${p.name}}`))
    .join('');
}

/** The search text written in the page, or undefined when it is missing or not of that shape. */
export function parseSearchText(json: string | undefined): SearchText | undefined {
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<SearchText>;
  const ok =
    typeof v.lang === 'string' &&
    typeof v.strings === 'object' &&
    v.strings !== null &&
    typeof v.links === 'object' &&
    v.links !== null &&
    SEARCH_LINKS.every((l) => typeof v.links?.[l]?.href === 'string') &&
    (v.vocabulary === undefined || typeof v.vocabulary === 'string');
  return ok ? (v as SearchText) : undefined;
}

/** How a language joins the items of a list ("Article, 2022"; 「記事、2022」). */
export const listSeparator = (lang: Language): string => (lang === 'ja' ? '、' : ', ');

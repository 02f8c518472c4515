/** schema.org JSON-LD objects for the pages, each in its page's language. */
import type { Language } from './i18n/languages';

export interface ArticleLdInput {
  url: string;
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  byline: string;
  publisher: string;
  /** The original report a republished text is based on. */
  isBasedOn?: string | undefined;
  keywords?: string[];
  lang: Language;
  /**
   * On a translated page, the English page it translates, or summarises
   * (`summary`: a republished report is summarised, never rewritten).
   */
  english?: { url: string; title: string; summary: boolean } | undefined;
}

/** The English page a translation is of: what it translates, or what a summary is based on (with the report behind it). */
function englishWork(a: ArticleLdInput): Record<string, unknown> {
  if (!a.english) return a.isBasedOn ? { isBasedOn: a.isBasedOn } : {};
  const work = {
    '@type': 'NewsArticle',
    headline: a.english.title,
    url: a.english.url,
    inLanguage: 'en',
    ...(a.isBasedOn ? { isBasedOn: a.isBasedOn } : {}),
  };
  return a.english.summary ? { isBasedOn: work } : { translationOfWork: work };
}

export function articleJsonLd(a: ArticleLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    author: { '@type': 'Organization', name: a.byline },
    publisher: { '@type': 'Organization', name: a.publisher },
    inLanguage: a.lang,
    ...englishWork(a),
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}

export function websiteJsonLd(url: string, name: string, description: string, lang: Language): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, url, inLanguage: lang };
}

export interface EventLdInput {
  url: string;
  title: string;
  description: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  endDate?: string | undefined;
  topics: readonly string[];
  sources: ReadonlyArray<{ publisher: string; title: string; url: string; date?: string | undefined }>;
  timelineUrl: string;
  /** The timeline's name in the page's language. */
  timelineName: string;
  publisher: string;
  lang: Language;
}

/**
 * A timeline event's page. Not schema.org `Event`: that type is for
 * happenings a reader can attend (search engines want a location, a start
 * time and tickets for it), not for a treaty signed in 1855. The page is a
 * `CreativeWork` about a moment in history: `temporalCoverage` carries the
 * date (an ISO 8601 interval for a span), `citation` its sources.
 */
export function eventJsonLd(e: EventLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: e.title,
    headline: e.title,
    description: e.description,
    url: e.url,
    temporalCoverage: e.endDate && e.endDate !== e.date ? `${e.date}/${e.endDate}` : e.date,
    inLanguage: e.lang,
    isPartOf: { '@type': 'CreativeWork', name: e.timelineName, url: e.timelineUrl },
    publisher: { '@type': 'Organization', name: e.publisher },
    ...(e.topics.length ? { keywords: e.topics.join(', ') } : {}),
    citation: e.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.date ? { datePublished: s.date } : {}),
    })),
  };
}

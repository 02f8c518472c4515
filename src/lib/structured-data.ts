/** schema.org JSON-LD objects for the pages. */

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
    inLanguage: 'en',
    ...(a.isBasedOn ? { isBasedOn: a.isBasedOn } : {}),
    ...(a.keywords?.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}

export function websiteJsonLd(url: string, name: string, description: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, url, inLanguage: 'en' };
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
  publisher: string;
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
    inLanguage: 'en',
    isPartOf: { '@type': 'CreativeWork', name: 'Japan–Russia relations: a timeline', url: e.timelineUrl },
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

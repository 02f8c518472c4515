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

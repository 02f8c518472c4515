/**
 * Crawls the built site from the home page and the sitemap: every internal
 * link and asset must resolve (HTTP 200) and every #fragment must name an
 * element on the target page; links use only http(s) or mailto.
 */
import { describe, expect, inject, it } from 'vitest';
import { crawl } from '../support/crawl';
import { pageUrl, sitemapPaths } from '../support/site';

const siteUrl = inject('siteUrl');

describe('links', () => {
  it('every internal link and fragment resolves', async () => {
    const { pages, problems } = await crawl([siteUrl, ...sitemapPaths().map((p) => pageUrl(siteUrl, p))]);
    expect(problems).toEqual([]);
    expect(pages.size).toBeGreaterThan(5);
  });
});

/**
 * Every page in the sitemap, in light and dark mode: zero axe-core violations
 * (WCAG 2.2 A/AA), no console errors, no request to another origin, no
 * failed request.
 */
import { describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl, sitemapPaths } from '../support/site';

const siteUrl = inject('siteUrl');
const paths = sitemapPaths();

const session = useBrowser();

describe('every page in the sitemap', () => {
  it('the sitemap lists the pages we publish', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/articles/japan-nss-russia-serious-concern/');
    expect(paths).toContain('/about/');
    expect(paths).not.toContain('/404/');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(paths)(`%s (${scheme}): no axe violations, console errors or foreign requests`, async (path) => {
      const { page, problems } = await session.openPage({ colorScheme: scheme });
      await page.goto(pageUrl(siteUrl, path), { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
    });
  }
});

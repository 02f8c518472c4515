/**
 * Every page in the sitemap, in light and dark mode: zero axe-core violations
 * (WCAG 2.2 A/AA), no console errors, no request to another origin, no
 * failed request.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWatchedPage, NO_PROBLEMS } from '../support/browser';
import { axeViolations } from '../support/axe';
import { pageUrl, sitemapPaths } from '../support/site';

const siteUrl = inject('siteUrl');
const paths = sitemapPaths();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  it('the sitemap lists the pages we publish', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/articles/japan-nss-russia-serious-concern/');
    expect(paths).toContain('/about/');
    expect(paths).not.toContain('/404/');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(paths)(`%s (${scheme}): no axe violations, console errors or foreign requests`, async (path) => {
      const { page, problems } = await newWatchedPage(browser, siteUrl, { colorScheme: scheme });
      await page.goto(pageUrl(siteUrl, path), { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
      await page.context().close();
    });
  }
});

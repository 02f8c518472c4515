/**
 * The article page as a reader sees it on a phone (390×844) and a desktop
 * (1366×900): the text starts on the first screen of a phone, the compact
 * header still works by keyboard and screen reader, the original-report box
 * and the contents fold away on phones (open on wide screens and in print,
 * without JavaScript), the text column sits next to the contents, and the
 * "On the timeline" list links each event to its paragraph with a small ¶.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl, sitemapPaths } from '../support/site';

const siteUrl = inject('siteUrl');
const ARTICLES = sitemapPaths().filter((p) => /^\/articles\/[^/]+\/$/.test(p));
const REPUBLISHED = '/articles/japan-nss-russia-serious-concern/';
const DISPUTE = '/articles/kuril-islands-northern-territories-dispute/';
const PHONE = { viewport: { width: 390, height: 844 } };
const DESKTOP = { viewport: { width: 1366, height: 900 } };

const session = useBrowser();

/** The box of the body's first sentence: from the first paragraph's start to its first full stop followed by a space or the end. */
const firstSentence = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('.prose > p')!;
    // No filter callback: it would not run with JavaScript off.
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    range.setStart(p, 0);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('.gloss-term__popup, sup')) continue;
      const value = n.textContent ?? '';
      const end = /[.!?][”’)]?(\s|$)/.exec(value);
      if (end) {
        range.setEnd(n, end.index + 1);
        text += value.slice(0, end.index + 1);
        break;
      }
      text += value;
      range.setEndAfter(n);
    }
    const r = range.getBoundingClientRect();
    return { text, top: r.top, bottom: r.bottom, scrollY: window.scrollY };
  });

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    });

describe('the article on a phone (390×844)', () => {
  it('lists the articles to check', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(4);
    expect(ARTICLES).toContain(REPUBLISHED);
  });

  for (const js of [true, false]) {
    it.each(ARTICLES)(`%s: the first sentence of the text is on the first screen (JavaScript ${js ? 'on' : 'off'})`, async (path) => {
      const { page } = await session.openPage({ ...PHONE, javaScriptEnabled: js });
      await page.goto(pageUrl(siteUrl, path));
      const sentence = await firstSentence(page);
      expect(sentence.text.length, path).toBeGreaterThan(20);
      expect(sentence.scrollY).toBe(0);
      expect(sentence.bottom, `${path}: “${sentence.text}”`).toBeLessThanOrEqual(844);
    });
  }

  it('has a two-row header whose navigation, search and theme work by keyboard and have names', async () => {
    const { page } = await session.openPage(PHONE);
    await page.goto(pageUrl(siteUrl, REPUBLISHED));
    expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(100);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).resolves.toEqual([
      'Articles',
      'Timeline',
      'Glossary',
      'About',
    ]);
    // Icon-only buttons, named by their hidden words.
    const search = page.getByRole('button', { name: 'Search' });
    const theme = page.getByRole('button', { name: 'Dark theme' });
    for (const button of [search, theme]) {
      await expect(button.isVisible()).resolves.toBe(true);
      const b = await button.boundingBox();
      expect(b!.width).toBeGreaterThanOrEqual(44);
      expect(b!.height).toBeGreaterThanOrEqual(44);
    }
    // Tab order: skip link, site name, the four sections, then search, theme and the other language.
    const order = [
      '.skip-link',
      '.site-name',
      ...['Articles', 'Timeline', 'Glossary', 'About'].map((label) => `.site-nav a:text-is("${label}")`),
      '.search-button--dialog',
      'theme-toggle button',
      '.language-switch',
    ];
    for (const selector of order) {
      await page.keyboard.press('Tab');
      await expect(
        page.locator(selector).evaluate((el) => el === document.activeElement),
        selector,
      ).resolves.toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Light theme' }).count()).resolves.toBe(1);
  });

  it('without JavaScript, search in the header is a named link to the search page', async () => {
    const { page } = await session.openPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, REPUBLISHED));
    const link = page.getByRole('link', { name: 'Search' });
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.getAttribute('href')).resolves.toMatch(/\/search\/$/);
  });

  for (const js of [true, false]) {
    it(`folds the original report and the contents, which open on tap (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const { page } = await session.openPage({ ...PHONE, javaScriptEnabled: js });
      await page.goto(pageUrl(siteUrl, REPUBLISHED));
      const original = page.locator('.original-source details');
      const toc = page.locator('nav.toc details');
      for (const details of [original, toc]) {
        await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
        await expect(details.locator('summary').isVisible()).resolves.toBe(true);
      }
      await expect(page.locator('.original-source summary').innerText()).resolves.toMatch(
        /Original report: Republic World, 10 December 2022/,
      );
      await expect(page.locator('.original-source p').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('nav.toc ol').isVisible()).resolves.toBe(false);
      await page.locator('.original-source summary').click();
      await expect(page.locator('.original-source p').first().innerText()).resolves.toMatch(
        /Republic World citing Sputnik, then The Asahi Shimbun, then Japan Today, 10 December 2022/,
      );
      await page.locator('nav.toc summary').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('nav.toc ol').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).resolves.toBeGreaterThanOrEqual(2);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with the boxes folded and open (${scheme})`, async () => {
      const { page } = await session.openPage({ ...PHONE, colorScheme: scheme });
      await page.goto(pageUrl(siteUrl, REPUBLISHED));
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.original-source summary').click();
      await page.locator('nav.toc summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('prints the boxes open', async () => {
    const { page } = await session.openPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, REPUBLISHED));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.original-source p').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.original-source summary').isVisible()).resolves.toBe(false);
  });
});

describe('the article on a desktop (1366×900)', () => {
  for (const js of [true, false]) {
    it(`shows the original report and the contents open, without a summary to click (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const { page } = await session.openPage({ ...DESKTOP, javaScriptEnabled: js });
      await page.goto(pageUrl(siteUrl, REPUBLISHED));
      await expect(page.locator('.original-source p').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('nav.toc ol').isVisible()).resolves.toBe(true);
      await expect(page.locator('nav.toc .toc__title').isVisible()).resolves.toBe(true);
      for (const summary of await page.locator('.wide-open > summary').all()) await expect(summary.isVisible()).resolves.toBe(false);
    });
  }

  it.each(ARTICLES)('%s: a readable measure, the headline no wider, the contents beside the text, the pair centred', async (path) => {
    const { page } = await session.openPage(DESKTOP);
    await page.goto(pageUrl(siteUrl, path));
    const prose = await box(page, '.article .prose');
    const h1 = await box(page, '.article h1');
    const toc = await box(page, 'nav.toc');
    const ch = await page.locator('.article .prose').evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;width:1ch';
      el.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    });
    const measure = prose.width / ch;
    expect(measure).toBeGreaterThanOrEqual(65);
    expect(measure).toBeLessThanOrEqual(75);
    expect(h1.left).toBeGreaterThanOrEqual(prose.left - 1);
    expect(h1.right).toBeLessThanOrEqual(prose.right + 1);
    // The contents start beside the text, at most 4rem away, level with the headline area.
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const gap = toc.left - prose.right;
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(4 * rem);
    expect(toc.top).toBeLessThan(h1.bottom);
    // As much room on the left of the text as on the right of the contents.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(Math.abs(prose.left - (width - toc.right))).toBeLessThanOrEqual(2 * rem);
  });
});

describe('"On the timeline" under an article', () => {
  it('links each event to its paragraph with one small ¶, explained once', async () => {
    const { page } = await session.openPage(DESKTOP);
    await page.goto(pageUrl(siteUrl, DISPUTE));
    const list = page.locator('.related__events');
    // The words are the links' names for screen readers, not text on the screen.
    const visible = await list.evaluate((ul) => {
      const copy = ul.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent ?? '';
    });
    expect(visible).toMatch(/Treaty of Shimoda/);
    expect(visible).not.toMatch(/in the paragraph/i);
    await expect(page.locator('.related__legend').count()).resolves.toBe(1);
    await expect(page.locator('.related__legend').innerText()).resolves.toMatch(/¶ after an event links to the paragraph/);
    const links = list.locator('a.related__paragraph');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await expect(link.locator('[aria-hidden="true"]').innerText()).resolves.toBe('¶');
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^#p-/);
      await expect(page.locator(`.prose p${href}`).count(), href).resolves.toBe(1);
      // Its name says which paragraph, in the paragraph's own first words.
      const name = await link.evaluate((a) => a.textContent?.trim());
      const opening = await page.locator(`.prose p${href}`).evaluate((p) => p.textContent.trim().split(/\s+/).slice(0, 3).join(' '));
      expect(name).toContain(`In the paragraph “${opening}`);
    }
    // Following one lands on the paragraph.
    await links.first().click();
    await expect(page.evaluate(() => document.querySelector(':target')?.tagName)).resolves.toBe('P');
  });
});

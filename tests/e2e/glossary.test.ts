/**
 * The glossary page, and glossary terms in articles: the first mention links
 * to the definition; with JavaScript it opens in place by keyboard, click and
 * touch, closes with Escape (focus back on the term); without JavaScript it
 * is a plain link to /glossary/#id. The definitions are fetched when a term
 * is first used (glossary/terms.json), not written into the page. axe passes
 * with a definition open.
 */
import { contentFiles } from '../support/content-files';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const ARTICLE = '/articles/japan-nss-russia-serious-concern/';
const termIds = contentFiles('glossary').map((f) => f.id);

const session = useBrowser();

/** The <gloss-term> script loads lazily: wait until it has enhanced the terms. */
const enhanced = (page: Page) => page.waitForSelector('a.gloss-term__link[aria-expanded]', { state: 'attached' });

/** Opening is asynchronous the first time (the texts are fetched): wait for the box. */
const shown = (popup: Locator) => popup.waitFor({ state: 'visible' });
const hidden = (popup: Locator) => popup.waitFor({ state: 'hidden' });

const activeTerm = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('gloss-term')?.getAttribute('data-term') ?? document.activeElement?.className);

describe('the glossary page', () => {
  it('lists every term with its anchor, other names marked by language, sources and links', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/glossary/'));
    expect(termIds.length).toBe(22);
    for (const id of termIds) {
      const entry = page.locator(`section#${id}`);
      await expect(entry.count(), id).resolves.toBe(1);
      await expect(entry.locator('h2').count(), id).resolves.toBe(1);
      await expect(entry.locator('.source-list li').count(), id).resolves.toBeGreaterThan(0);
      await expect(page.locator(`.glossary__index a[href="#${id}"]`).count(), id).resolves.toBe(1);
    }
    await expect(page.locator('#iturup span[lang="ja"]').allInnerTexts()).resolves.toContain('択捉島');
    await expect(page.locator('#iturup span[lang="ru"]').allInnerTexts()).resolves.toContain('Итуруп');
    await expect(page.locator('#iturup a[href$="/timeline/1855-02-07-treaty-of-shimoda/"]').count()).resolves.toBe(1);
    await expect(page.locator('#iturup a[href$="/articles/kuril-islands-northern-territories-dispute/"]').count()).resolves.toBe(1);
    await expect(page.locator('main .glossary h1').textContent()).resolves.toBe('Glossary');
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('glossary terms in an article', () => {
  it('links only the first mention of a term to its definition', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const terms = page.locator('gloss-term[data-term="paramushir"]');
    await expect(terms.count()).resolves.toBe(1);
    await expect(terms.locator('a.gloss-term__link').getAttribute('href')).resolves.toMatch(/\/glossary\/#paramushir$/);
    // Every term appears at most once per article.
    const all = await page.locator('gloss-term').evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(5);
  });

  it('opens by keyboard (Enter and Space), closes with Escape, and returns focus', async () => {
    // Reduced motion: no smooth scrolling after focus, so a change in scroll position means Space scrolled the page.
    const { page, problems } = await session.openPage({ reducedMotion: 'reduce' });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await enhanced(page);
    const term = page.locator('gloss-term[data-term="national-security-strategy"]');
    const link = term.locator('a.gloss-term__link');
    const popup = term.locator('.gloss-term__popup');
    await expect(link.getAttribute('role')).resolves.toBe('button');
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(popup.isVisible()).resolves.toBe(false);

    await link.focus();
    await page.keyboard.press('Enter');
    await shown(popup);
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(popup.innerText()).resolves.toMatch(/17 December 2013/);
    // The name and the entry link are added by the element around the static definition.
    await expect(popup.locator('strong.gloss-term__name').innerText()).resolves.toBe('National Security Strategy');
    await expect(popup.locator('a.gloss-term__more').getAttribute('href')).resolves.toBe(await link.getAttribute('href'));
    await expect(popup.locator('a.gloss-term__more').textContent()).resolves.toBe('Glossary entry: National Security Strategy');
    expect(await link.getAttribute('aria-controls')).toBe(await popup.getAttribute('id'));
    expect(page.url()).not.toContain('/glossary/');

    await page.keyboard.press('Escape');
    await expect(popup.isVisible()).resolves.toBe(false);
    await expect(activeTerm(page)).resolves.toBe('national-security-strategy');

    const scrollBefore = await page.evaluate(() => scrollY);
    await page.keyboard.press('Space');
    await shown(popup);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);

    // Tab reaches the link to the full entry; Escape from there closes and returns to the term.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('gloss-term__more');
    await page.keyboard.press('Escape');
    await expect(popup.isVisible()).resolves.toBe(false);
    await expect(activeTerm(page)).resolves.toBe('national-security-strategy');
    await expect(link.getAttribute('aria-expanded')).resolves.toBe('false');

    await page.keyboard.press('Space');
    await shown(popup);
    await page.keyboard.press('Enter');
    await hidden(popup);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens by touch and by click, one at a time, and closes when tapping elsewhere', async () => {
    const { page } = await session.openPage({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await enhanced(page);
    const first = page.locator('gloss-term[data-term="national-security-strategy"]');
    const second = page.locator('gloss-term[data-term="tokyo-declaration"]');
    await first.locator('a.gloss-term__link').tap();
    await shown(first.locator('.gloss-term__popup'));
    // On screen: no horizontal overflow from the box.
    const box = await first.locator('.gloss-term__popup').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await second.locator('a.gloss-term__link').scrollIntoViewIfNeeded();
    await second.locator('a.gloss-term__link').click();
    await shown(second.locator('.gloss-term__popup'));
    await expect(first.locator('.gloss-term__popup').isVisible()).resolves.toBe(false);
    await page.locator('h1').tap();
    await expect(second.locator('.gloss-term__popup').isVisible()).resolves.toBe(false);
    // The link inside the definition goes to the glossary entry.
    await first.locator('a.gloss-term__link').tap();
    await shown(first.locator('.gloss-term__popup'));
    await first.locator('a.gloss-term__more').tap();
    await page.waitForURL('**/glossary/#national-security-strategy');
  });

  it('opens above the term near the bottom of the screen, below it elsewhere, always inside the viewport', async () => {
    const { page } = await session.openPage({ reducedMotion: 'reduce', viewport: { width: 1366, height: 900 } });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await enhanced(page);
    const term = page.locator('gloss-term[data-term="tokyo-declaration"]');
    const link = term.locator('a.gloss-term__link');
    const popup = term.locator('.gloss-term__popup');
    /** Scrolls so the term's bottom is `fromBottom` px above the bottom of the viewport, then opens it. */
    const openAt = async (fromBottom: number) => {
      await page.locator('h1').click();
      await link.evaluate((a, offset) => window.scrollBy(0, a.getBoundingClientRect().bottom - (innerHeight - offset)), fromBottom);
      await link.click();
      await shown(popup);
      return { term: (await link.boundingBox())!, box: (await popup.boundingBox())! };
    };
    for (const fromBottom of [10, 60, 120]) {
      const { term: t, box } = await openAt(fromBottom);
      expect(t.y + t.height, `term ${fromBottom} px from the bottom`).toBeGreaterThan(900 - fromBottom - 2);
      expect(box.y + box.height, `${fromBottom} px from the bottom`).toBeLessThanOrEqual(t.y);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
    }
    // With room below, it opens below as before.
    const { term: t, box } = await openAt(600);
    expect(box.y).toBeGreaterThanOrEqual(t.y + t.height);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  });

  it('passes axe with a definition open, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await session.openPage({ colorScheme });
      await page.goto(pageUrl(siteUrl, ARTICLE));
      await enhanced(page);
      await page.locator('gloss-term[data-term="kuril-islands"] a.gloss-term__link').click();
      await shown(page.locator('gloss-term[data-term="kuril-islands"] .gloss-term__popup'));
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('carries no definitions in the page: a Japanese term fetches its edition’s texts on first use', async () => {
    const { page, problems } = await session.openPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/terms.json')) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(pageUrl(siteUrl, '/ja/articles/kuril-islands-northern-territories-dispute/'), { waitUntil: 'networkidle' });
    await enhanced(page);
    expect(fetched).toEqual([]);
    const term = page.locator('gloss-term[data-term="iturup"]');
    await expect(term.locator('.gloss-term__popup').textContent()).resolves.toBe('');
    await term.locator('a.gloss-term__link').click();
    await shown(term.locator('.gloss-term__popup'));
    expect(fetched).toEqual(['/ja/glossary/terms.json']);
    await expect(term.locator('strong.gloss-term__name').innerText()).resolves.toBe('択捉島');
    await expect(term.locator('.gloss-term__definition').innerText()).resolves.toContain('係争中の4島のうち最大の島');
    await expect(term.locator('a.gloss-term__more').textContent()).resolves.toBe('用語集の項目: 択捉島');
    await expect(page.locator('#gloss-term-hint').textContent()).resolves.toBe('用語：短い説明を表示します');
    // A second term uses the texts already fetched.
    await page.locator('gloss-term[data-term="kunashir"] a.gloss-term__link').click();
    await shown(page.locator('gloss-term[data-term="kunashir"] .gloss-term__popup'));
    expect(fetched).toHaveLength(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('goes to the glossary entry when the texts cannot be fetched', async () => {
    const { page } = await session.openPage();
    await page.route('**/glossary/terms.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await enhanced(page);
    await page.locator('gloss-term[data-term="paramushir"] a.gloss-term__link').click();
    await page.waitForURL('**/glossary/#paramushir');
  });

  it('is a plain link to the glossary entry without JavaScript', async () => {
    const { page } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const link = page.locator('gloss-term[data-term="paramushir"] a.gloss-term__link');
    await expect(link.getAttribute('role')).resolves.toBeNull();
    await expect(link.getAttribute('aria-expanded')).resolves.toBeNull();
    await expect(page.locator('gloss-term[data-term="paramushir"] .gloss-term__popup').count()).resolves.toBe(0);
    await link.click();
    await page.waitForURL('**/glossary/#paramushir');
    await expect(page.locator('section#paramushir h2').isVisible()).resolves.toBe(true);
  });

  it('loads no glossary script on pages without terms', async () => {
    const { page } = await session.openPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    // Not /about/: its text is Markdown now, and names glossary terms.
    await page.goto(pageUrl(siteUrl, '/search/'), { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => s.includes('glossary-term'))).toEqual([]);
  });
});

/**
 * The Japanese edition as a reader meets it: the language switch goes to the
 * same page in the other language, by keyboard; pages say their language
 * (lang, og:locale) and name their counterparts (hreflang, x-default); a
 * Japanese event page and article page show their Japanese text with
 * Japanese dates; links the edition cannot serve yet say they lead to English.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const ARTICLE = '/articles/kuril-islands-northern-territories-dispute/';
const EVENT = '/timeline/1993-10-13-tokyo-declaration/';
const session = useBrowser();

const alternates = (page: Page) =>
  page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]),
  );

describe('the language switch', () => {
  it('goes from an English article to the same article in Japanese and back, by keyboard', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const toJapanese = page.locator('.site-header a.language-switch');
    await expect(toJapanese.getAttribute('lang')).resolves.toBe('ja');
    await expect(toJapanese.getAttribute('hreflang')).resolves.toBe('ja');
    await expect(toJapanese.textContent()).resolves.toBe('日本語');
    await toJapanese.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/ja${ARTICLE}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');

    const toEnglish = page.locator('.site-header a.language-switch');
    await expect(toEnglish.getAttribute('lang')).resolves.toBe('en');
    await expect(toEnglish.textContent()).resolves.toBe('English');
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === ARTICLE);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('is reached with Tab like every other header control, and named for screen readers in its language', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, EVENT));
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('language-switch') ?? false);
    }
    expect(found).toBe(true);
    const name = await page.locator('a.language-switch').evaluate((a) => ({ text: a.textContent, lang: a.getAttribute('lang') }));
    expect(name).toEqual({ text: '日本語', lang: 'ja' });
  });

  it('is left out of a page that exists in English only', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/timeline/embed/'));
    await expect(page.locator('a.language-switch').count()).resolves.toBe(0);
    await expect(alternates(page)).resolves.toEqual([]);
  });
});

describe('language and alternates', () => {
  it.each([
    { path: EVENT, lang: 'en', locale: 'en_GB' },
    { path: `/ja${EVENT}`, lang: 'ja', locale: 'ja_JP' },
  ])('marks $path as $lang and lists both editions and x-default', async ({ path, lang, locale }) => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, path));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.locator('meta[property="og:locale"]').getAttribute('content')).resolves.toBe(locale);
    await expect(alternates(page)).resolves.toEqual([
      ['en', EVENT],
      ['ja', `/ja${EVENT}`],
      ['x-default', EVENT],
    ]);
  });
});

describe('Japanese pages', () => {
  it('load their own font stylesheet, and English pages keep the small one', async () => {
    const { page } = await session.openPage();
    const sheetOf = async (path: string) => {
      await page.goto(pageUrl(siteUrl, path));
      return page.locator('link[rel="stylesheet"][href*="/fonts/"]').getAttribute('href');
    };
    const [en, ja] = [await sheetOf(EVENT), await sheetOf(`/ja${EVENT}`)];
    expect(en).toBe('/fonts/noto-sans-jp.css');
    expect(ja).toBe('/fonts/noto-sans-jp.ja.css');
    const [enCss, jaCss] = await Promise.all([en, ja].map(async (href) => (await fetch(pageUrl(siteUrl, href ?? ''))).text()));
    // The English pages' ranges hold their few Japanese names, not the Japanese edition's text.
    expect(enCss!.length).toBeLessThan(jaCss!.length / 2);
  });

  it('show an event in Japanese with Japanese dates and interface', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, `/ja${EVENT}`));
    await expect(page.locator('h1').textContent()).resolves.toContain('東京宣言');
    await expect(page.locator('.tl-event-page .meta time').first().textContent()).resolves.toBe('1993年10月13日');
    await expect(page.locator('.prose').textContent()).resolves.toContain('細川護熙首相');
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('本文へ移動');
    await expect(page.locator('.site-nav').getAttribute('aria-label')).resolves.toBe('メイン');
    // Topic links stay in the edition.
    const topics = await page.locator('.topics a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) expect(t).toMatch(/^\/ja\/topics\//);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('show an article in Japanese with its Japanese date, sources heading and links within the edition', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, `/ja${ARTICLE}`));
    await expect(page.locator('h1').textContent()).resolves.toContain('北方領土');
    await expect(page.locator('.article__header .meta time').first().textContent()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await expect(page.locator('#footnote-label').textContent()).resolves.toBe('出典と注');
    const glossaryLinks = await page
      .locator('.prose a.gloss-term__link')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/#.*$/, '')));
    expect(glossaryLinks.length).toBeGreaterThan(0);
    for (const l of glossaryLinks) expect(l).toBe('/ja/glossary/');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('give the republished report as a Japanese summary that says so and links to the English text', async () => {
    const { page } = await session.openPage();
    const report = '/articles/japan-nss-russia-serious-concern/';
    await page.goto(pageUrl(siteUrl, `/ja${report}`));
    const notice = page.locator('.translation-notice');
    await expect(notice.textContent()).resolves.toContain('これは報告の要約です。');
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe(report);
    await expect(notice.locator('a').getAttribute('hreflang')).resolves.toBe('en');
    await expect(page.locator('.prose').textContent()).resolves.toContain('要約');
  });

  it('send the timeline links to the Japanese chart and the search link to the Japanese search page', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/ja/'));
    await expect(page.locator('.site-nav a[href$="/ja/timeline/"]').count()).resolves.toBe(1);
    await expect(page.locator('.site-nav .english-note').count()).resolves.toBe(0);
    const search = page.locator('.site-header a.search-button--link');
    await expect(search.getAttribute('hreflang')).resolves.toBeNull();
    await expect(search.getAttribute('href')).resolves.toMatch(/\/ja\/search\/$/);
    await expect(search.textContent()).resolves.not.toContain('（英語）');
  });
});

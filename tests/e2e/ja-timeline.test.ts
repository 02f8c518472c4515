/**
 * The Japanese timeline chart (/ja/timeline/) in Chromium: Japanese ticks,
 * titles whole where they fit (measured in the real font), the details
 * panel, filters, the phone chart, the language switch, and no English
 * interface string left on the page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { contentFiles } from '../support/content-files';
import { pageUrl } from '../support/site';
import { timelineEn } from '../../src/lib/i18n/ui-timeline';
import { CATEGORY_LABELS } from '../../src/lib/timeline/categories';

const siteUrl = inject('siteUrl');
const TIMELINE = '/ja/timeline/';
const TOKYO = '1993-10-13-tokyo-declaration';
const session = useBrowser();

/** The Japanese titles, by event id, straight from the translations. */
const titleJa = new Map(
  contentFiles('timeline/ja').map(({ text }) => [
    /^translationOf: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? '',
    /^title: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? '',
  ]),
);

async function openTimeline(width = 1280) {
  const watched = await session.openPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  await watched.page.goto(pageUrl(siteUrl, TIMELINE));
  if (width >= 640) await watched.page.waitForSelector('timeline-chart[data-ready="true"]');
  return watched;
}

/** Every visible or accessible text of the page: text nodes, aria-labels, titles and alt texts. */
const pageTexts = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('script, style')) texts.push((n.textContent ?? '').trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      for (const a of ['aria-label', 'title', 'alt']) if (el.hasAttribute(a)) texts.push(el.getAttribute(a)!.trim());
    }
    for (const t of document.querySelectorAll('template'))
      texts.push(...[...t.content.querySelectorAll('*')].map((e) => e.textContent ?? ''));
    return texts.filter(Boolean);
  });

describe('the Japanese timeline chart', () => {
  it('is in Japanese: lang, Japanese ticks, and an event label whole where it fits', async () => {
    const { page, problems } = await openTimeline();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await expect(page.locator('h1').textContent()).resolves.toBe('日露関係の年表');
    const ticks = await page.locator('svg.tl-svg .tl-tick text').allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(t).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$|^\d{1,2}月(\d{1,2}日)?$|^\d{1,2}日$/);
    expect(ticks).toContain('2020年');
    // Drawn again in the browser with the real font: the landmark's whole Japanese title, inside the chart.
    const label = page.locator(`svg.tl-svg a.tl-event[data-id="${TOKYO}"] .tl-label`);
    await expect(label.textContent()).resolves.toBe(titleJa.get(TOKYO));
    const [box, svg] = await Promise.all([label.boundingBox(), page.locator('svg.tl-svg').boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(svg!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(svg!.x + svg!.width);
    // A mark is named in Japanese and links to the Japanese event page.
    const mark = page.locator(`svg.tl-svg a.tl-event[data-id="${TOKYO}"]`);
    await expect(mark.getAttribute('aria-label')).resolves.toBe(`1993年10月13日：${titleJa.get(TOKYO)}（外交）`);
    await expect(mark.getAttribute('href')).resolves.toBe(`/ja/timeline/${TOKYO}/`);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens the details panel in Japanese, with a link to the Japanese event page', async () => {
    const { page, problems } = await openTimeline();
    await page.locator(`a.tl-event[data-id="${TOKYO}"] .tl-mark`).click();
    const panel = page.locator('.tl__panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.getAttribute('aria-label')).resolves.toBe('出来事の詳細');
    await expect(panel.locator('.tl-details__title').textContent()).resolves.toContain(titleJa.get(TOKYO));
    await expect(panel.locator('.tl-details__meta time').textContent()).resolves.toBe('1993年10月13日');
    await expect(panel.locator('.tl-details__account').textContent()).resolves.toContain('細川護熙首相');
    await expect(panel.getByRole('link', { name: 'この出来事のページ' }).getAttribute('href')).resolves.toBe(`/ja/timeline/${TOKYO}/`);
    await panel.getByRole('button', { name: '詳細を閉じる' }).click();
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('filters by category, with Japanese labels, counts and empty message, the view in the URL', async () => {
    const { page, problems } = await openTimeline();
    const labels = (await page.locator('.tl__filters label').allTextContents()).map((t) => t.trim());
    expect(labels).toEqual(['外交', '領土', '安全保障政策', '軍事', '制裁']);
    await expect(page.locator('.tl__filters legend').textContent()).resolves.toBe('年表に表示する分野');
    const total = await page.locator('.tl-list__event').count();
    await page.getByRole('checkbox', { name: '外交' }).uncheck();
    await page.waitForURL((url) => url.searchParams.has('category'));
    await expect(page.locator(`a.tl-event[data-id="${TOKYO}"]`).count()).resolves.toBe(0);
    const shown = await page.locator('.tl-list__event:not([hidden])').count();
    expect(shown).toBeLessThan(total);
    await expect(page.locator('[data-event-count]').textContent()).resolves.toBe(`${total}件中${shown}件の出来事`);
    for (const c of ['領土', '安全保障政策', '軍事', '制裁']) await page.getByRole('checkbox', { name: c }).uncheck();
    await expect(page.locator('.tl__empty').textContent()).resolves.toContain('分野が一つも選ばれていないため');
    await page.getByRole('button', { name: 'すべての分野を表示' }).click();
    await expect(page.locator('[data-event-count]').textContent()).resolves.toBe(`全${total}件の出来事`);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('lists each year once in each era, with Japanese dates and titles linking to Japanese pages', async () => {
    const { page } = await openTimeline();
    await expect(page.locator('.tl-list__era h3').allTextContents()).resolves.toEqual([
      'ロシア帝国（1917年まで）',
      'ソ連時代（1917～1991年）',
      'ソ連崩壊後の交渉（1991～2022年）',
      '2022年のウクライナ侵攻後',
    ]);
    for (const era of await page.locator('.tl-list__era').all()) {
      const years = await era.locator('.tl-list__year').allTextContents();
      expect(new Set(years).size).toBe(years.length);
      for (const y of years) expect(y).toMatch(/^\d{4}年$/);
    }
    const item = page.locator('li[id="2022-12-16-revised-nss-adopted"]');
    await expect(item.locator('time').textContent()).resolves.toBe('12月16日2022年');
    await expect(item.locator('time .visually-hidden').textContent()).resolves.toBe('2022年');
    await expect(item.locator('.tl-list__title').textContent()).resolves.toBe(titleJa.get('2022-12-16-revised-nss-adopted'));
    await expect(item.locator('.tl-list__title').getAttribute('href')).resolves.toBe('/ja/timeline/2022-12-16-revised-nss-adopted/');
  });

  it('shows the phone chart, running down the page, in Japanese', async () => {
    const { page, problems } = await openTimeline(360);
    const phone = page.locator('svg.tl-vsvg');
    await expect(phone.isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.tl-svg').isVisible()).resolves.toBe(false);
    const ticks = await phone.locator('.tl-tick text').allTextContents();
    for (const t of ticks) expect(t).toMatch(/年|月|日/);
    const mark = phone.locator(`a.tl-v__event[href="/ja/timeline/${TOKYO}/"]`);
    await expect(mark.getAttribute('aria-label')).resolves.toBe(`1993年10月13日：${titleJa.get(TOKYO)}（外交）`);
    await expect(page.locator('.tl-v__caption').textContent()).resolves.toContain('時間はページの上から下へ進みます。');
    // The filters work here too.
    await page.getByRole('checkbox', { name: '外交' }).uncheck();
    await expect(mark.isVisible()).resolves.toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('switches language to /timeline/ and back', async () => {
    const { page } = await openTimeline();
    await page.locator('.site-header a.language-switch').click();
    await page.waitForURL((url) => url.pathname === '/timeline/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.locator('.site-header a.language-switch').click();
    await page.waitForURL((url) => url.pathname === TIMELINE);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
  });

  it('is the Japanese pages’ timeline: named in hreflang both ways, and the target of event pages’ chart links', async () => {
    const { page } = await session.openPage();
    const alternates = () =>
      page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]),
      );
    const both = [
      ['en', '/timeline/'],
      ['ja', TIMELINE],
      ['x-default', '/timeline/'],
    ];
    for (const path of ['/timeline/', TIMELINE]) {
      await page.goto(pageUrl(siteUrl, path));
      await expect(alternates()).resolves.toEqual(both);
    }
    await page.goto(pageUrl(siteUrl, `/ja/timeline/${TOKYO}/`));
    await page.getByRole('link', { name: 'この出来事を年表で見る' }).click();
    await page.waitForURL((url) => url.pathname === TIMELINE && url.hash === `#${TOKYO}`);
    await page.waitForSelector('timeline-chart[data-ready="true"]');
    await expect(page.locator('.tl__panel .tl-details__title').textContent()).resolves.toContain(titleJa.get(TOKYO));
  });

  it('leaves no English interface string on the page', async () => {
    const { page } = await openTimeline();
    await page.locator(`a.tl-event[data-id="${TOKYO}"] .tl-mark`).click();
    const texts = new Set(await pageTexts(page));
    const english = [...Object.values(timelineEn), ...Object.values(CATEGORY_LABELS), 'Sources', 'Read more', 'Discussed in:'];
    expect(english.filter((e) => texts.has(e))).toEqual([]);
    expect([...texts].filter((t) => /^All \d+ events$|^\d+ of \d+ events$/.test(t))).toEqual([]);
    // Nor English tick labels (month names) on the chart.
    const ticks = await page.locator('svg .tl-tick text').allTextContents();
    expect(ticks.filter((t) => /[A-Za-z]/.test(t))).toEqual([]);
  });
});

/**
 * The relations timeline in Chromium: complete without JavaScript, zoom by
 * button and wheel, keyboard path, deep links, filters, narrow screens,
 * print, accessibility with the details panel open, and the JavaScript budget.
 */
import { contentFiles } from '../support/content-files';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const TIMELINE = '/timeline/';
/** The timeline's JavaScript budget, gzipped. */
const JS_BUDGET = 35 * 1024;

interface ContentEvent {
  id: string;
  title: string;
  date: string;
  category: string;
}

/** The events as editors wrote them, straight from the content files. */
const contentEvents: ContentEvent[] = contentFiles('timeline').map(({ id, text }) => {
  const field = (name: string) => new RegExp(`^${name}: "?(.+?)"?$`, 'm').exec(text)?.[1] ?? '';
  return { id, title: field('title'), date: field('date'), category: field('category') };
});

const session = useBrowser();

async function openTimeline(options: BrowserContextOptions = {}, hash = '') {
  const watched = await session.openPage({ viewport: { width: 1280, height: 900 }, ...options });
  await watched.page.goto(pageUrl(siteUrl, `${TIMELINE}${hash}`));
  if (options.javaScriptEnabled !== false && (options.viewport?.width ?? 1280) >= 640) {
    await watched.page.waitForSelector('timeline-chart[data-ready="true"]');
  }
  return watched;
}

const domainOf = (page: Page) => page.locator('svg.tl-svg').getAttribute('data-domain');
const spanDays = (domain: string | null) => {
  const [a, b] = (domain ?? '').split('/');
  return (Date.parse(b!) - Date.parse(a!)) / 864e5;
};
const tickLabels = (page: Page) => page.locator('svg.tl-svg .tl-tick text').allTextContents();
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.tagName);

describe('timeline without JavaScript', () => {
  it('lists every event with its date, and draws a mark linking to each', async () => {
    const { page, problems } = await openTimeline({ javaScriptEnabled: false });
    expect(contentEvents.length).toBeGreaterThanOrEqual(36);
    for (const e of contentEvents) {
      const item = page.locator(`li[id="${e.id}"]`);
      await expect(item.count(), e.id).resolves.toBe(1);
      await expect(item.locator('.tl-list__title').textContent()).resolves.toBe(e.title);
      await expect(item.locator(`time[datetime="${e.date}"]`).count(), `${e.id} date`).resolves.toBe(1);
      const mark = page.locator(`svg.tl-svg a.tl-event[data-id="${e.id}"]`);
      await expect(mark.getAttribute('href')).resolves.toMatch(new RegExp(`/timeline/${e.id}/$`));
      await expect(mark.getAttribute('aria-label')).resolves.toContain(e.title);
    }
    await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(contentEvents.length);
    await expect(page.locator('svg.tl-svg .tl-tick').count()).resolves.toBeGreaterThan(4);
    await expect(page.locator('svg.tl-svg').getAttribute('role')).resolves.toBe('group');
    await expect(page.locator('svg.tl-svg title').textContent()).resolves.toMatch(/Timeline of Japan–Russia relations, 1855–2024/);
    // Controls that need JavaScript stay hidden.
    await expect(page.locator('.tl__toolbar').isVisible()).resolves.toBe(false);
    // A mark is a plain link to the event's page.
    await page.locator('a.tl-event[data-id="1993-10-13-tokyo-declaration"] .tl-mark').click();
    await page.waitForURL('**/timeline/1993-10-13-tokyo-declaration/');
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('zoom', () => {
  it('zooms in and out with the buttons, redrawing the axis, and resets', async () => {
    const { page, problems } = await openTimeline({ reducedMotion: 'reduce' });
    const full = await domainOf(page);
    const fullTicks = await tickLabels(page);
    expect(fullTicks.every((t) => /^\d{4}$/.test(t))).toBe(true);
    // Each click redraws on the next frame: wait for each step before the next.
    for (let i = 0; i < 3; i++) {
      const before = await domainOf(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction((d) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') !== d, before);
    }
    const zoomed = await domainOf(page);
    expect(spanDays(zoomed)).toBeLessThan(spanDays(full) / 4);
    expect(await tickLabels(page)).not.toEqual(fullTicks);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForFunction((d) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') !== d, zoomed);
    expect(spanDays(await domainOf(page))).toBeGreaterThan(spanDays(zoomed));
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForFunction((d) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') === d, full);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('zooms with the mouse wheel down to months and days, and pans by dragging', async () => {
    const { page, problems } = await openTimeline();
    const full = await domainOf(page);
    const box = (await page.locator('svg.tl-svg').boundingBox())!;
    // Over the 2022 cluster, near the right-hand end.
    const x = box.x + box.width * 0.9;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(30);
    }
    await page.waitForFunction((d) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') !== d, full);
    const zoomed = await domainOf(page);
    expect(spanDays(zoomed)).toBeLessThan(400);
    const kinds = await page.locator('svg.tl-svg .tl-tick').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-kind')));
    expect(kinds.some((k) => k === 'month' || k === 'day')).toBe(true);
    // Drag to the right: the view moves earlier in time.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 300, y, { steps: 5 });
    await page.mouse.move(x - 400, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((d) => document.querySelector('svg.tl-svg')?.getAttribute('data-domain') !== d, zoomed);
    const panned = await domainOf(page);
    expect(Date.parse(panned!.split('/')[0]!)).toBeGreaterThan(Date.parse(zoomed!.split('/')[0]!));
    expect(Math.abs(spanDays(panned) - spanDays(zoomed))).toBeLessThanOrEqual(2);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('keyboard', () => {
  it('is one tab stop; arrows, Home and End move; Enter opens the panel; Escape closes it and returns focus', async () => {
    const { page, problems } = await openTimeline();
    const ids = contentEvents.map((e) => e.id).sort();
    const first = '1855-02-07-treaty-of-shimoda';
    const last = ids.at(-1)!;
    await page.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe(first);
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('1875-05-07-treaty-of-st-petersburg');
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('1904-02-08-russo-japanese-war');
    await page.keyboard.press('ArrowLeft');
    expect(await activeId(page)).toBe('1875-05-07-treaty-of-st-petersburg');
    await page.keyboard.press('End');
    expect(await activeId(page)).toBe(last);
    await page.keyboard.press('Home');
    expect(await activeId(page)).toBe(first);
    await page.keyboard.press('ArrowLeft');
    expect(await activeId(page)).toBe(first);
    // One tab stop: Tab leaves the chart, Shift+Tab comes back to the same event.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.closest('svg') === null);
    expect(after).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('1875-05-07-treaty-of-st-petersburg');
    await expect(page.locator('svg.tl-svg [tabindex="0"]').count()).resolves.toBe(1);
    // Enter opens the details panel and moves focus into it.
    await page.keyboard.press('Enter');
    const panel = page.locator('.tl__panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/Treaty of St Petersburg/);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('tl-details__title'))).resolves.toBe(true);
    // The open event is part of the view's link (see timeline-view.test.ts).
    expect(page.url()).toMatch(/\?event=1875-05-07-treaty-of-st-petersburg$/);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await activeId(page)).toBe('1875-05-07-treaty-of-st-petersburg');
    expect(page.url()).not.toContain('#');
    expect(page.url()).not.toContain('event=');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('pans to an event that is off screen when the arrow keys reach it', async () => {
    const { page } = await openTimeline({ reducedMotion: 'reduce' });
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const mark = page.locator('a.tl-event[data-id="1855-02-07-treaty-of-shimoda"]');
    await mark.focus();
    await page.keyboard.press('End');
    const id = await activeId(page);
    const inView = await page.evaluate((eventId) => {
      const svg = document.querySelector('svg.tl-svg')!.getBoundingClientRect();
      const m = document.querySelector(`a.tl-event[data-id="${eventId}"] .tl-mark`)!.getBoundingClientRect();
      return m.left >= svg.left && m.right <= svg.right;
    }, id);
    expect(inView).toBe(true);
  });
});

describe('details panel and deep links', () => {
  it('opens the event named in the URL fragment, with date, account, sources and links', async () => {
    const { page, problems } = await openTimeline({}, '#1993-10-13-tokyo-declaration');
    const panel = page.locator('.tl__panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('h2').textContent()).resolves.toBe('Tokyo Declaration signed by Hosokawa and Yeltsin');
    await expect(panel.locator('.tl-details__meta time[datetime="1993-10-13"]').textContent()).resolves.toBe('13 October 1993');
    await expect(panel.locator('.source-list li').count()).resolves.toBeGreaterThan(0);
    await expect(panel.locator('a[href$="/timeline/1993-10-13-tokyo-declaration/"]').count()).resolves.toBe(1);
    await expect(
      panel.locator('a[href$="/articles/japan-nss-russia-serious-concern/#p-japans-current-national-security-strategy-which"]').count(),
    ).resolves.toBe(1);
    await expect(page.locator('a.tl-event.is-selected').getAttribute('data-id')).resolves.toBe('1993-10-13-tokyo-declaration');
    // Clicking another mark shows that event instead.
    await page.locator('a.tl-event[data-id="2022-12-16-revised-nss-adopted"] .tl-mark').click();
    await expect(panel.locator('h2').textContent()).resolves.toBe('Japan adopts a revised National Security Strategy');
    expect(page.url()).toMatch(/\?event=2022-12-16-revised-nss-adopted$/);
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await activeId(page)).toBe('2022-12-16-revised-nss-adopted');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the panel open (${scheme})`, async () => {
      const { page } = await openTimeline({ colorScheme: scheme }, '#2022-12-05-bastion-on-paramushir');
      await expect(page.locator('.tl__panel').isVisible()).resolves.toBe(true);
      await page.locator('a.tl-event[data-id="2022-12-05-bastion-on-paramushir"]').focus();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('filters', () => {
  it('hide and show the marks of a category', async () => {
    const { page, problems } = await openTimeline();
    const military = contentEvents.filter((e) => e.category === 'military').length;
    expect(military).toBeGreaterThan(0);
    const marks = page.locator('svg.tl-svg a.tl-event');
    const militaryMarks = page.locator('svg.tl-svg a.tl-event[data-category="military"]');
    await expect(militaryMarks.count()).resolves.toBe(military);
    await page.getByRole('checkbox', { name: 'Military' }).uncheck();
    await expect(militaryMarks.count()).resolves.toBe(0);
    await expect(marks.count()).resolves.toBe(contentEvents.length - military);
    // The keyboard order skips the hidden category: from mid-2021 straight past the 2021–22 military events, to the
    // February–March 2022 group (its shown events still crowd together) and then its first event that is shown.
    await page.locator('a.tl-event[data-id="2021-07-26-mishustin-visits-iturup"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('group-2022-invasion-sanctions');
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('2022-02-23-sanctions-package-1');
    await page.getByRole('checkbox', { name: 'Military' }).check();
    await expect(militaryMarks.count()).resolves.toBe(military);
    await expect(marks.count()).resolves.toBe(contentEvents.length);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('narrow screens and print', () => {
  it('shows the list, not the chart, at 360 px, without horizontal scroll or the chart code', async () => {
    const scripts: string[] = [];
    const { page, problems } = await session.openPage({ viewport: { width: 360, height: 740 } });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(pageUrl(siteUrl, TIMELINE), { waitUntil: 'networkidle' });
    await expect(page.locator('svg.tl-svg').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tl-list').isVisible()).resolves.toBe(true);
    await expect(page.locator('li[id="1993-10-13-tokyo-declaration"]').isVisible()).resolves.toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(scripts.filter((s) => s.includes('timeline-interactive'))).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('has no horizontal scroll from 640 to 1920 px', async () => {
    for (const width of [640, 800, 1024, 1920]) {
      const { page } = await openTimeline({ viewport: { width, height: 900 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}px`).toBe(0);
      const svgWidth = await page.locator('svg.tl-svg').evaluate((s) => s.getBoundingClientRect().width);
      expect(svgWidth).toBeLessThanOrEqual(width);
    }
  });

  it('redraws at the new width when the window is resized, keeping the zoomed period', async () => {
    const { page } = await openTimeline({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => document.querySelector('svg.tl-svg')?.getAttribute('data-zoom') !== '1.000');
    const before = await domainOf(page);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.waitForFunction(() => {
      const svg = document.querySelector('svg.tl-svg')!;
      return Number(svg.getAttribute('width')) === Math.round(svg.parentElement!.clientWidth);
    });
    const after = await domainOf(page);
    expect(Math.abs(spanDays(after) - spanDays(before))).toBeLessThanOrEqual(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('prints the list, not the chart', async () => {
    const { page } = await openTimeline();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tl__figure').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tl__toolbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tl-list').isVisible()).resolves.toBe(true);
    const size = await page
      .locator('.tl-list__title')
      .first()
      .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
  });
});

describe('event pages', () => {
  it('give the account, sources, related paragraphs, neighbours and a way back to the timeline', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/timeline/2022-12-05-bastion-on-paramushir/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Russia reports Bastion coastal missile systems on Paramushir');
    await expect(page.locator('article[data-pagefind-body] .meta time[datetime="2022-12-05"]').count()).resolves.toBe(1);
    await expect(page.locator('.source-list li').count()).resolves.toBeGreaterThan(0);
    await expect(
      page.locator('a[href$="/articles/japan-nss-russia-serious-concern/#p-recently-russias-defense-ministry-stated-that"]').count(),
    ).resolves.toBe(1);
    await expect(
      page.locator('a[href$="/articles/japan-nss-russia-serious-concern/#p-according-to-russias-defence-ministry-coastal"]').count(),
    ).resolves.toBe(1);
    await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toMatch(/\/timeline\/2022-09-05-visa-free-visits-ended\/$/);
    await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toMatch(
      /\/timeline\/2022-12-08-yomiuri-reports-draft-nss\/$/,
    );
    await page.getByRole('link', { name: 'See this event on the timeline' }).click();
    await page.waitForSelector('timeline-chart[data-ready="true"]');
    await expect(page.locator('.tl__panel h2').textContent()).resolves.toBe('Russia reports Bastion coastal missile systems on Paramushir');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('are linked from the articles, naming the paragraph', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/articles/japan-nss-russia-serious-concern/'));
    const item = page.locator('.related__events li', { has: page.locator('a[href$="/timeline/1993-10-13-tokyo-declaration/"]') });
    // A small ¶ link, named for screen readers by the paragraph's first words.
    const link = item.locator('a[href="#p-japans-current-national-security-strategy-which"]');
    await expect(link.locator('[aria-hidden="true"]').textContent()).resolves.toBe('¶');
    await expect(link.locator('.visually-hidden').textContent()).resolves.toMatch(
      /^In the paragraph “Japan’s current national security strategy, …”$/,
    );
  });
});

describe('budget', () => {
  it(`loads at most ${JS_BUDGET / 1024} KB of gzipped JavaScript on /timeline/`, async () => {
    const bodies = new Map<string, Buffer>();
    const watched = await session.openPage({ viewport: { width: 1280, height: 900 } });
    const { page } = watched;
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') bodies.set(r.url(), await r.body());
    });
    await page.goto(pageUrl(siteUrl, TIMELINE), { waitUntil: 'networkidle' });
    await page.waitForSelector('timeline-chart[data-ready="true"]');
    // Also the inline scripts in the page itself.
    const inline = await page
      .locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
      .allTextContents();
    const sizes = [...bodies].map(([url, body]) => [url.replace(/^.*\//, ''), gzipSync(body, { level: 9 }).length] as const);
    const inlineBytes = gzipSync(inline.join('\n'), { level: 9 }).length;
    const total = sizes.reduce((n, [, s]) => n + s, 0) + inlineBytes;
    console.log(`timeline JS (gzip): ${total} bytes`, Object.fromEntries(sizes), { inline: inlineBytes });
    expect(sizes.some(([name]) => name.startsWith('timeline-interactive'))).toBe(true);
    expect(total).toBeLessThanOrEqual(JS_BUDGET);
  });
});

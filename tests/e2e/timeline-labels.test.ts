/**
 * What the timeline says at first sight, in Chromium: whole titles for the landmarks, the crowded 2022 events as
 * one labelled group that opens on click or Enter, tick labels inside the plot at every zoom, the phone chart with
 * its filters, the empty chart's message and reset, the axis-break note, and the details panel keeping the chart in view.
 */
import { contentFiles } from '../support/content-files';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';
import { axeViolations } from '../support/axe';

const siteUrl = inject('siteUrl');

/** The events as editors wrote them. */
const contentEvents = contentFiles('timeline').map(({ id, text }) => {
  const field = (name: string) => new RegExp(`^${name}: "?(.+?)"?$`, 'm').exec(text)?.[1] ?? '';
  return { id, title: field('title'), category: field('category'), importance: Number(field('importance')) };
});
const landmarks = contentEvents.filter((e) => e.importance === 3);

const session = useBrowser();

async function openTimeline(options: BrowserContextOptions = {}, path = '/timeline/') {
  const watched = await session.openPage({ viewport: { width: 1280, height: 900 }, ...options });
  await watched.page.goto(pageUrl(siteUrl, path));
  if ((options.viewport?.width ?? 1280) >= 640) await watched.page.waitForSelector('timeline-chart[data-ready="true"]');
  return watched;
}

const labelOf = (page: Page, id: string) =>
  page
    .locator(`svg.tl-svg a.tl-event[data-id="${id}"] .tl-label:not([display="none"])`)
    .textContent({ timeout: 1000 })
    .catch(() => null);
const zoomOf = (page: Page) => page.locator('svg.tl-svg').getAttribute('data-zoom');

/** Tick labels whose box reaches past the ends of the axis line (the plot). */
function ticksOutside(page: Page) {
  return page.evaluate(() => {
    const axis = document.querySelector('svg.tl-svg .tl-axis__line')!.getBoundingClientRect();
    return [...document.querySelectorAll('svg.tl-svg .tl-tick text')]
      .map((t) => ({ label: t.textContent, box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.left < axis.left - 0.5 || box.right > axis.right + 0.5)
      .map(({ label }) => label);
  });
}

describe('at first sight', () => {
  it('shows every landmark with its whole title, and the crowded February–March 2022 events as one labelled group', async () => {
    const { page, problems } = await openTimeline();
    expect(landmarks.length).toBeGreaterThanOrEqual(8);
    for (const e of landmarks) expect(await labelOf(page, e.id), e.id).toBe(e.title);
    const group = page.locator('svg.tl-svg a.tl-group[data-id="group-2022-invasion-sanctions"]');
    await expect(group.locator('.tl-label').textContent()).resolves.toBe('Feb–Mar 2022: invasion, sanctions, talks halted · 7 events');
    // Most labels are whole titles: more of them than before the labels used the free space (15 whole, 21 cut).
    const labels = await page.locator('svg.tl-svg a.tl-event .tl-label:not([display="none"])').allTextContents();
    const cut = labels.filter((l) => l.endsWith('…')).length;
    expect(labels.length - cut).toBeGreaterThan(15);
    expect(cut).toBeLessThan(labels.length - cut);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens a group on click: zooms in (animated) until its events are labelled one by one', async () => {
    const { page, problems } = await openTimeline();
    await page.locator('a.tl-group[data-id="group-2022-invasion-sanctions"] .tl-label').click();
    await page.waitForFunction(() => !document.querySelector('a.tl-group[data-id="group-2022-invasion-sanctions"]'));
    expect(Number(await zoomOf(page))).toBeGreaterThan(20);
    await page.waitForURL(/\?from=/);
    expect(await labelOf(page, '2022-02-23-sanctions-package-1')).toBe('Japan’s first 2022 sanctions package against Russia');
    expect(page.url()).toMatch(/\?from=2022-0\d-\d\d&to=2022-0\d-\d\d$/);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens a group with Enter, from the keyboard order', async () => {
    const { page } = await openTimeline({ reducedMotion: 'reduce' });
    await page.locator('a.tl-event[data-id="2021-12-bastion-on-matua"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe('group-2022-invasion-sanctions');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('a.tl-group[data-id="group-2022-invasion-sanctions"]'));
    // Focus goes to the group's first event, now with its own label.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe('2022-02-18-us-estimate-of-build-up');
    expect(await labelOf(page, '2022-02-18-us-estimate-of-build-up')).toBe(
      contentEvents.find((e) => e.id === '2022-02-18-us-estimate-of-build-up')!.title,
    );
  });
});

describe('the axis', () => {
  it('keeps every tick label inside the plot, at every zoom level', async () => {
    const { page } = await openTimeline({ reducedMotion: 'reduce' });
    expect(await ticksOutside(page)).toEqual([]);
    const box = (await page.locator('svg.tl-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.87, box.y + box.height / 2);
    for (let step = 0; step < 8; step++) {
      const before = await zoomOf(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction((z) => document.querySelector('svg.tl-svg')?.getAttribute('data-zoom') !== z, before);
      expect(await ticksOutside(page), `zoom ${await zoomOf(page)}`).toEqual([]);
    }
    // Wheel zoom around other points, down to days.
    for (const at of [0.05, 0.5, 0.98]) {
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction(() => document.querySelector('svg.tl-svg')?.getAttribute('data-zoom') === '1.000');
      await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, -500);
        await page.waitForFunction(() => Number(document.querySelector('svg.tl-svg')?.getAttribute('data-zoom')) > 1);
        expect(await ticksOutside(page), `wheel at ${at}, zoom ${await zoomOf(page)}`).toEqual([]);
      }
    }
  });

  it('says the axis is compressed before 1990 only while the break is in view', async () => {
    const { page } = await openTimeline({ reducedMotion: 'reduce' });
    const note = page.locator('.tl__break-note');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/Before 1990 the axis is compressed/);
    await page.goto(pageUrl(siteUrl, '/timeline/?from=2010&to=2023'));
    await page.waitForSelector('timeline-chart[data-ready="true"]');
    await page.waitForFunction(() => Number(document.querySelector('svg.tl-svg')?.getAttribute('data-zoom')) > 1);
    await expect(page.locator('svg.tl-svg .tl-break').getAttribute('display')).resolves.toBe('none');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForFunction(() => document.querySelector('svg.tl-svg')?.getAttribute('data-zoom') === '1.000');
    await expect(note.isVisible()).resolves.toBe(true);
  });
});

describe('filters', () => {
  it('say so when no category is ticked, and offer to show them all again', async () => {
    const { page, problems } = await openTimeline();
    const empty = page.locator('.tl__empty');
    await expect(empty.isVisible()).resolves.toBe(false);
    for (const name of ['Diplomacy', 'Territory', 'Security policy', 'Military', 'Sanctions']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(0);
    await expect(empty.isVisible()).resolves.toBe(true);
    await expect(empty.textContent()).resolves.toMatch(/No category is ticked, so the chart shows no events/);
    await page.getByRole('button', { name: 'Show every category' }).click();
    await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(contentEvents.length);
    await expect(empty.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Military' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-event-count]').textContent()).resolves.toMatch(/All \d+ events/);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('details panel', () => {
  it('opens with Enter below the chart without scrolling the chart off screen', async () => {
    const { page, problems } = await openTimeline({ reducedMotion: 'reduce' });
    await page.locator('a.tl-event[data-id="1993-10-13-tokyo-declaration"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.tl__panel').isVisible()).resolves.toBe(true);
    const view = await page.evaluate(() => {
      const chart = document.querySelector('svg.tl-svg')!.getBoundingClientRect();
      const panel = document.querySelector('.tl__panel')!.getBoundingClientRect();
      return { chartTop: chart.top, chartBottom: chart.bottom, panelTop: panel.top, height: innerHeight };
    });
    expect(view.chartTop).toBeGreaterThanOrEqual(0);
    expect(view.chartBottom).toBeLessThanOrEqual(view.height);
    expect(view.panelTop).toBeLessThan(view.height - 100);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('tl-details__title'))).resolves.toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('phones', () => {
  it('get a chart that runs down the page, with the filters, and the list below it, without the chart code', async () => {
    const scripts: string[] = [];
    const { page, problems } = await session.openPage({ viewport: { width: 390, height: 844 } });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(pageUrl(siteUrl, '/timeline/'), { waitUntil: 'networkidle' });
    const chart = page.locator('svg.tl-vsvg');
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.tl-svg').isVisible()).resolves.toBe(false);
    const box = (await chart.boundingBox())!;
    expect(box.height).toBeGreaterThan(box.width * 2);
    const list = (await page.locator('.tl-list').boundingBox())!;
    expect(list.y).toBeGreaterThan(box.y + box.height);
    // Landmarks labelled beside their marks, whole.
    const labels = await chart.locator('.tl-v__landmark').allTextContents();
    for (const e of landmarks) expect(labels, e.id).toContain(e.title);
    // The filters.
    const military = contentEvents.filter((e) => e.category === 'military').length;
    const marks = chart.locator('a.tl-v__event:not([hidden])');
    await expect(marks.count()).resolves.toBe(contentEvents.length);
    await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(false);
    await page.getByRole('checkbox', { name: 'Military' }).uncheck();
    await expect(marks.count()).resolves.toBe(contentEvents.length - military);
    await expect(chart.locator('a[data-category="military"]:not([hidden])').count()).resolves.toBe(0);
    await expect(page.locator('[data-event-count]').textContent()).resolves.toBe(
      `${contentEvents.length - military} of ${contentEvents.length} events`,
    );
    await expect(page.locator('li[id="2022-02-24-invasion-of-ukraine"]').isVisible()).resolves.toBe(false);
    // A group whose events are not all shown is not drawn.
    await expect(chart.locator('a.tl-v__group[data-categories~="military"]:not([hidden])').count()).resolves.toBe(0);
    for (const name of ['Diplomacy', 'Territory', 'Security policy', 'Sanctions']) await page.getByRole('checkbox', { name }).uncheck();
    await expect(page.locator('.tl__empty').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Show every category' }).click();
    await expect(marks.count()).resolves.toBe(contentEvents.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(scripts.filter((s) => s.includes('timeline-interactive'))).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('show the year once in the list', async () => {
    const { page } = await session.openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(pageUrl(siteUrl, '/timeline/'));
    const item = page.locator('li[id="1875-05-07-treaty-of-st-petersburg"]');
    // What shows is the day and month; the year stays in the text for screen readers.
    const shown = await item.locator('.tl-list__date').evaluate((d) => {
      const copy = d.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
      return copy.textContent;
    });
    expect(shown).toBe('7 May');
    await expect(item.locator('.tl-list__date .visually-hidden').evaluate((h) => getComputedStyle(h).position)).resolves.toBe('absolute');
    await expect(item.locator('time').textContent()).resolves.toBe('7 May 1875');
    const year = page.locator('.tl-list__years > li', { has: item }).locator('.tl-list__year');
    await expect(year.textContent()).resolves.toBe('1875');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`have no axe violations on the phone chart (${scheme})`, async () => {
      const { page } = await session.openPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      await page.goto(pageUrl(siteUrl, '/timeline/'));
      await page.locator('svg.tl-vsvg a.tl-v__group').first().focus();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('accessibility with a group in focus', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${scheme})`, async () => {
      const { page } = await openTimeline({ colorScheme: scheme });
      await page.locator('a.tl-group').first().focus();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

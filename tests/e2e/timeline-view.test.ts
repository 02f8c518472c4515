/**
 * Every timeline view is a link: /timeline/ reads from, to, category and
 * event from its URL, writes them back as the reader zooms, filters and opens
 * events (Back returns to the previous view), and filters the list too.
 */
import { contentFiles } from '../support/content-files';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');

/** Each event's category, from the content files. */
const categories = contentFiles('timeline').map((f) => /^category: (\S+)$/m.exec(f.text)?.[1]);
const count = (...wanted: string[]) => categories.filter((c) => c && wanted.includes(c)).length;

const session = useBrowser();

async function open(query: string) {
  const watched = await session.openPage({ viewport: { width: 1280, height: 900 } });
  await watched.page.goto(pageUrl(siteUrl, `/timeline/${query}`));
  await watched.page.waitForSelector('timeline-chart[data-ready="true"]');
  return watched;
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const domain = (page: Page) => page.locator('svg.tl-svg').getAttribute('data-domain');
const days = (d: string | null) => {
  const [a, b] = (d ?? '').split('/');
  return (Date.parse(b!) - Date.parse(a!)) / 864e5;
};

describe('timeline views as links', () => {
  it('opens on the range and categories in the URL, and filters the list with a count', async () => {
    const { page, problems } = await open('?from=2022-01&to=2022-12&category=sanctions,diplomacy');
    try {
      const [start, end] = ((await domain(page)) ?? '').split('/');
      expect(start!.slice(0, 7)).toBe('2022-01');
      expect(end!.slice(0, 4)).toBe('2023');
      const shown = count('sanctions', 'diplomacy');
      await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(shown);
      await expect(page.locator('.tl-list__event:visible').count()).resolves.toBe(shown);
      await expect(page.locator('[data-event-count]').textContent()).resolves.toBe(`${shown} of ${categories.length} events`);
      await expect(page.getByRole('checkbox', { name: 'Military' }).isChecked()).resolves.toBe(false);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('writes a zoom into the URL, and reloading that URL shows the same range', async () => {
    const { page } = await open('');
    try {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
      const zoomed = await domain(page);
      const { from, to } = params(page);
      expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.reload();
      await page.waitForSelector('timeline-chart[data-ready="true"]');
      // Whole days in the URL: the restored range may differ from the zoomed one by at most a day at each end.
      expect(Math.abs(days(await domain(page)) - days(zoomed))).toBeLessThan(2.5);
      expect(params(page)).toMatchObject({ from, to });
    } finally {
      await page.context().close();
    }
  });

  it('pushes an opened event, so Back closes it and returns to the view before', async () => {
    const { page } = await open('?category=sanctions');
    try {
      const id = '2014-03-18-crimea-sanctions';
      await page.locator(`a.tl-event[data-id="${id}"] .tl-mark`).click();
      await expect(page.locator('.tl__panel').isVisible()).resolves.toBe(true);
      expect(params(page)).toMatchObject({ category: 'sanctions', event: id });
      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('event'));
      await expect(page.locator('.tl__panel').isHidden()).resolves.toBe(true);
      expect(params(page)).toEqual({ category: 'sanctions' });
      // A filter is written in place, not as a new history entry.
      await page.getByRole('checkbox', { name: 'Territory' }).check();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('category') === 'territory,sanctions');
      await page.goBack();
      await page.waitForURL((u) => !u.pathname.startsWith('/timeline'));
    } finally {
      await page.context().close();
    }
  });

  it('opens the event in ?event= with its details', async () => {
    const { page, problems } = await open('?event=1993-10-13-tokyo-declaration');
    try {
      await expect(page.locator('.tl__panel .tl-details__title').textContent()).resolves.toContain('Tokyo Declaration');
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('ignores parameters that are not valid and shows the default view', async () => {
    const { page, problems } = await open('?from=1993-13&to=bogus&category=bogus&event=<script>');
    try {
      await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(categories.length);
      await expect(page.locator('[data-event-count]').textContent()).resolves.toBe(`All ${categories.length} events`);
      await expect(page.locator('.tl__panel').isHidden()).resolves.toBe(true);
      await expect(page.locator('svg.tl-svg').getAttribute('data-zoom')).resolves.toBe('1.000');
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('keeps the zoom when a mark is clicked', async () => {
    const { page } = await open('?from=2022-01&to=2022-12');
    try {
      const before = await page.locator('svg.tl-svg').getAttribute('data-zoom');
      // A click as the browser delivers it (bubbling, cancelable), on a mark in the 2022 cluster.
      await page.locator('a.tl-event[data-id="2022-03-16-mfn-status-revoked"] .tl-mark').dispatchEvent('click');
      await expect(page.locator('.tl__panel').isVisible()).resolves.toBe(true);
      expect(Number(await page.locator('svg.tl-svg').getAttribute('data-zoom'))).toBeCloseTo(Number(before), 0);
    } finally {
      await page.context().close();
    }
  });
});

/**
 * The timeline embed as another site uses it: an iframe on a page of a
 * second origin, with the optional host script; its parameters, its theme,
 * links that open this site in a new tab, and the resizing handshake. Also
 * the "Embed" dialog on /timeline/ and the embed's JavaScript budget; and
 * the Japanese embed (/ja/timeline/embed/), which the Japanese page's dialog offers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { contentFiles } from '../support/content-files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations } from '../support/axe';
import { embedEn, embedJa } from '../../src/lib/i18n/ui-embed';
import { timelineEn } from '../../src/lib/i18n/ui-timeline';
import { CATEGORY_LABELS } from '../../src/lib/timeline/categories';

const siteUrl = inject('siteUrl');
const JS_BUDGET = 35 * 1024;
const sanctions = contentFiles('timeline').filter((f) => /^category: sanctions$/m.test(f.text)).length;

const session = useBrowser();
let host: StaticServer;
const query = '?from=2022-01&to=2022-12&category=sanctions&event=2022-03-16-mfn-status-revoked&theme=dark';

beforeAll(async () => {
  // Another origin: a second server on another port, serving a newsroom's page.
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A newsroom's article</title></head><body>
<h1>Our story</h1>
<iframe data-jrr-timeline title="Timeline" src="${pageUrl(siteUrl, `/timeline/embed/${query}`)}" style="border:0;width:1000px;height:300px"></iframe>
<script src="${pageUrl(siteUrl, '/timeline-embed.js')}" async></script>
</body></html>`,
  );
  host = await serveStatic({ root: dir, headers: false });
});
afterAll(async () => {
  await host?.close();
});

describe('timeline embed', () => {
  it('works in an iframe on another site, with the range, categories, event and theme asked for', async () => {
    const context = await session.newContext({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
      await page.goto(host.url);
      const frame = page.frameLocator('iframe[data-jrr-timeline]');
      await frame.locator('timeline-chart[data-ready="true"]').waitFor();
      await expect(frame.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
      await expect(frame.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(sanctions);
      await expect(frame.locator('.tl-list__event:visible').count()).resolves.toBe(sanctions);
      await expect(frame.locator('.tl__panel .tl-details__title').textContent()).resolves.toContain('most-favoured');
      const [start] = ((await frame.locator('svg.tl-svg').getAttribute('data-domain')) ?? '').split('/');
      expect(start!.slice(0, 7)).toBe('2022-01');
      // Links open this site in a new tab.
      await expect(frame.locator('.embed-tl__credit a').getAttribute('target')).resolves.toBe('_blank');
      await expect(frame.locator('.tl-list__title').first().getAttribute('rel')).resolves.toBe('noopener');
      await expect(frame.locator('a.tl-event').first().getAttribute('target')).resolves.toBe('_blank');
      // The host script sets the frame's height from the embed's message.
      await page.waitForFunction(() => (document.querySelector('iframe')?.getBoundingClientRect().height ?? 0) > 600);
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows every event, with a note, without JavaScript', async () => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(pageUrl(siteUrl, `/timeline/embed/${query}`));
      const all = contentFiles('timeline').length;
      await expect(page.locator('svg.tl-svg a.tl-event').count()).resolves.toBe(all);
      await expect(page.locator('.tl-list__event:visible').count()).resolves.toBe(all);
      await expect(page.locator('.embed-tl__note').textContent()).resolves.toContain('Every event is shown');
      await expect(page.locator('header, footer').count()).resolves.toBe(0);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('keeps the embed’s JavaScript within the timeline’s budget', async () => {
    const { page } = await session.openPage({ viewport: { width: 1200, height: 900 } });
    try {
      const bodies = new Map<string, Buffer>();
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'script') bodies.set(r.url(), await r.body());
      });
      await page.goto(pageUrl(siteUrl, '/timeline/embed/'), { waitUntil: 'networkidle' });
      await page.waitForSelector('timeline-chart[data-ready="true"]');
      const inline = await page
        .locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
        .allTextContents();
      const sizes = [...bodies].map(([url, body]) => [url.replace(/^.*\//, ''), gzipSync(body, { level: 9 }).length] as const);
      const gz = sizes.reduce((n, [, size]) => n + size, 0) + gzipSync(inline.join('\n'), { level: 9 }).length;
      console.log(`embed JS (gzip): ${gz} bytes`, Object.fromEntries(sizes));
      expect(sizes.some(([name]) => name.startsWith('timeline-interactive'))).toBe(true);
      expect(gz).toBeLessThanOrEqual(JS_BUDGET);
    } finally {
      await page.context().close();
    }
  });
});

describe('the Embed dialog on /timeline/', () => {
  it('offers the iframe code for the current view, with a live preview', async () => {
    const { page, problems } = await session.openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pageUrl(siteUrl, '/timeline/?category=territory,military'));
      await page.waitForSelector('timeline-chart[data-ready="true"]');
      await page.getByRole('button', { name: 'Embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
      await expect(dialog.isVisible()).resolves.toBe(true);
      const code = await dialog.locator('textarea').inputValue();
      expect(code).toMatch(
        /^<iframe src="[^"]+\/timeline\/embed\/\?category=territory,military" title="Timeline of Japan–Russia relations"/,
      );
      expect(code).toContain('<script src="');
      const preview = page.frameLocator('.tl-embed__preview');
      await preview.locator('timeline-chart[data-ready="true"]').waitFor();
      await expect(preview.getByRole('checkbox', { name: 'Sanctions' }).isChecked()).resolves.toBe(false);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog.isVisible()).resolves.toBe(false);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });
});

describe('the Japanese embed', () => {
  const english = [...Object.values(embedEn), ...Object.values(timelineEn), ...Object.values(CATEGORY_LABELS)];

  it('is in Japanese, with the view asked for, links to the Japanese pages in a new tab, and passes axe', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await session.openPage({ viewport: { width: 1200, height: 900 }, colorScheme });
      try {
        await page.goto(pageUrl(siteUrl, `/ja/timeline/embed/?from=2022-01&to=2022-12&category=sanctions`));
        await page.waitForSelector('timeline-chart[data-ready="true"]');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
        await expect(page.title()).resolves.toBe('日露関係年表（埋め込み用） · 日露関係');
        const credit = page.locator('.embed-tl__credit a');
        await expect(credit.textContent()).resolves.toContain('日露関係の年表');
        expect(new URL((await credit.getAttribute('href'))!, page.url()).pathname).toMatch(/\/ja\/timeline\/$/);
        await expect(page.locator('.tl-list__event:visible').count()).resolves.toBe(sanctions);
        await expect(page.getByRole('checkbox', { name: '制裁' }).isChecked()).resolves.toBe(true);
        const link = page.locator('.tl-list__title').first();
        expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/(.*\/)?ja\/timeline\/[^/]+\/$/);
        await expect(link.getAttribute('target')).resolves.toBe('_blank');
        const texts = await page.evaluate(() => [
          ...document.body.innerText.split('\n').map((t) => t.trim()),
          ...[...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
            ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a)?.trim() ?? ''),
          ),
        ]);
        expect(english.filter((e) => texts.includes(e))).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual(NO_PROBLEMS);
      } finally {
        await page.context().close();
      }
    }
  });

  it('falls back to the default view and theme on parameters it does not know, without an error', async () => {
    const { page, problems } = await session.openPage({ viewport: { width: 1200, height: 900 } });
    try {
      await page.goto(pageUrl(siteUrl, '/ja/timeline/embed/?from=banana&to=2022-13&category=nope&event=no-such-event&theme=purple'));
      await page.waitForSelector('timeline-chart[data-ready="true"]');
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
      await expect(page.locator('.tl-list__event:visible').count()).resolves.toBe(contentFiles('timeline').length);
      await expect(page.locator('.tl__panel').isVisible()).resolves.toBe(false);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('says in Japanese, without JavaScript, that every event is shown', async () => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(pageUrl(siteUrl, `/ja/timeline/embed/${query}`));
      await expect(page.locator('.embed-tl__note').textContent()).resolves.toBe(embedJa['embed.noScript']);
      await expect(page.locator('.tl-list__event:visible').count()).resolves.toBe(contentFiles('timeline').length);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('is what the Embed dialog on /ja/timeline/ offers, titled in Japanese', async () => {
    const { page, problems } = await session.openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pageUrl(siteUrl, '/ja/timeline/?category=territory,military'));
      await page.waitForSelector('timeline-chart[data-ready="true"]');
      await page.getByRole('button', { name: '埋め込む' }).click();
      const dialog = page.getByRole('dialog', { name: 'この年表を埋め込む' });
      const code = await dialog.locator('textarea').inputValue();
      expect(code).toMatch(/^<iframe src="[^"]+\/ja\/timeline\/embed\/\?category=territory,military" title="日露関係年表"/);
      const preview = page.frameLocator('.tl-embed__preview');
      await preview.locator('timeline-chart[data-ready="true"]').waitFor();
      await expect(preview.locator('html').getAttribute('lang')).resolves.toBe('ja');
      await expect(preview.getByRole('checkbox', { name: '制裁' }).isChecked()).resolves.toBe(false);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });
});

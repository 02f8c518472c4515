/**
 * The public corrections record: /corrections/ lists every correction in the
 * content files, newest first, each dated and linked to its item; items show
 * their own corrections and a "Corrected" date; the log has an RSS feed, a
 * footer link and a link from About; a renamed event's old address sends the
 * reader to the new one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');

interface Correction {
  date: string;
  text: string;
}

/** The front matter (Markdown) or whole file (YAML) of every content item, read straight from content/ (originals; translations have no corrections). */
function contentItems(collection: string): Array<{ id: string; data: Record<string, unknown> }> {
  const dir = join('content', collection);
  const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name));
  return files.map(({ name: file }) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const yaml = file.endsWith('.md') ? raw.split(/^---$/m)[1]! : raw;
    return { id: file.replace(/\.(md|ya?ml)$/, ''), data: parse(yaml) as Record<string, unknown> };
  });
}

const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const corrections = (data: Record<string, unknown>): Correction[] =>
  ((data['corrections'] as Array<{ date: unknown; text: string }> | undefined) ?? []).map((c) => ({ date: day(c.date), text: c.text }));

/** What the log must hold: every correction, except notes made on an article's day of publication. */
const expected = [
  ...contentItems('articles').flatMap(({ data }) => corrections(data).filter((c) => c.date > day(data['published']))),
  ...['timeline', 'glossary', 'places'].flatMap((c) => contentItems(c).flatMap(({ data }) => corrections(data))),
];

const session = useBrowser();

describe('the corrections page', () => {
  it('lists every correction in the content, newest first, each dated and linked to its item', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, '/corrections/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Corrections');
    const entries = await page.locator('.corrections-log__list > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.id,
        datetime: li.querySelector('time')?.getAttribute('datetime') ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        text: li.querySelector('.corrections-log__text')?.textContent ?? '',
      })),
    );
    expect(entries.length).toBe(expected.length);
    expect(entries.map((e) => e.text).sort()).toEqual(expected.map((c) => c.text).sort());
    for (const e of entries) expect(e.datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dates = entries.map((e) => e.datetime);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // Every item the log names has a page, and that page lists the correction with its date.
    for (const href of new Set(entries.map((e) => e.href))) {
      const res = await fetch(new URL(href, siteUrl));
      expect(res.status, href).toBe(200);
      const { document } = parseHTML(await res.text());
      const listed = [...document.querySelectorAll('.item-corrections li')].map(
        (li) => `${li.querySelector('time')?.getAttribute('datetime')} ${li.textContent}`,
      );
      for (const e of entries.filter((x) => x.href === href)) {
        expect(
          listed.some((l) => l.startsWith(`${e.datetime} `) && l.includes(e.text)),
          `${href}: ${e.text}`,
        ).toBe(true);
      }
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      const { page, problems } = await session.openPage({ colorScheme });
      await page.goto(pageUrl(siteUrl, '/corrections/'), { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
      await page.context().close();
    });
  }

  it('is linked from the footer of every page and from About, and has its own feed', async () => {
    const { page } = await session.openPage();
    for (const path of ['/', '/timeline/', '/about/']) {
      await page.goto(pageUrl(siteUrl, path));
      await expect(page.locator('footer a[href$="/corrections/"]').count(), path).resolves.toBe(1);
    }
    await expect(page.locator('main a[href$="/corrections/"]').count()).resolves.toBeGreaterThan(0);
    await page.goto(pageUrl(siteUrl, '/corrections/'));
    const feedHref = await page.locator('link[rel="alternate"][href$="/corrections/rss.xml"]').getAttribute('href');
    const feed = await (await fetch(new URL(feedHref!, siteUrl))).text();
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>[\s\S]*?<\/item>/g)];
    expect(items.length).toBe(expected.length);
    const ids = new Set(await page.locator('.corrections-log__list > li').evaluateAll((lis) => lis.map((li) => li.id)));
    for (const [, link, pubDate] of items) {
      const fragment = new URL(link!).hash.slice(1);
      expect(ids.has(fragment), link).toBe(true);
      expect(Number.isNaN(Date.parse(pubDate!))).toBe(false);
    }
    await page.context().close();
  });
});

describe('corrected items', () => {
  it('show a "Corrected" date linking to their own list of corrections', async () => {
    const { page, problems } = await session.openPage();
    for (const path of ['/timeline/2022-02-23-sanctions-package-1/', '/articles/japan-nss-russia-serious-concern/']) {
      await page.goto(pageUrl(siteUrl, path));
      const corrected = page.locator('.meta a[href="#corrections"]');
      await expect(corrected.textContent(), path).resolves.toBe('Corrected');
      await expect(page.locator('.meta a[href="#corrections"] + time').getAttribute('datetime'), path).resolves.toBe('2026-12-03');
      await expect(page.locator('#corrections li').count(), path).resolves.toBeGreaterThan(0);
    }
    // The article's structured data dates the change too.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { dateModified?: string };
    expect(ld.dateModified).toBe('2026-12-03');
    // A glossary entry shows its corrections inside the entry.
    await page.goto(pageUrl(siteUrl, '/glossary/'));
    await expect(page.locator('#bastion .glossary-entry__corrected time').getAttribute('datetime')).resolves.toBe('2026-12-03');
    await expect(page.locator('#bastion-corrections li').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await page.context().close();
  });

  it('keep working at the address they had before a correction renamed them, without JavaScript', async () => {
    const { page } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, '/timeline/2022-02-24-sanctions-package-1/'));
    await page.waitForURL('**/timeline/2022-02-23-sanctions-package-1/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Japan’s first 2022 sanctions package against Russia');
    await page.context().close();
  });
});

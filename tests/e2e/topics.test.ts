/**
 * Topic pages open on an introduction (with its citations) and the topic's
 * key events, before the lists of articles and events; the key events are
 * those content/topics/<topic>.md names, in date order, and every link
 * resolves. Read with JavaScript off, since the page is static; axe-clean in
 * light and dark.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { TOPICS } from '../../src/lib/content-schema';
import { axeViolations } from '../support/axe';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const session = useBrowser();

/** The key event ids a topic's file names, straight from content/. */
function keyEventIds(topic: string): string[] {
  const front = readFileSync(`content/topics/${topic}.md`, 'utf8').split(/^---$/m)[1]!;
  return (parse(front) as { keyEvents: string[] }).keyEvents;
}

describe('topic pages', () => {
  it.each(TOPICS)('%s opens on its introduction and key events, in date order, before the lists', async (topic) => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, `/topics/${topic}/`));

    const intro = page.locator('main .topic-intro');
    const text = (await intro.locator('p[id^="p-"]').allTextContents()).join(' ');
    expect(text.length, 'introduction text').toBeGreaterThan(120);
    await expect(intro.locator('a[data-footnote-ref]').count()).resolves.toBeGreaterThan(0);
    await expect(intro.locator('section.footnotes li').count()).resolves.toBeGreaterThan(0);

    const links = await page.locator('#topic-key-events + ol > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const ids = keyEventIds(topic);
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeLessThanOrEqual(6);
    // Date order: the ids start with the date, so sorting them sorts by date.
    expect(links.map((href) => href.replace(/^.*\/timeline\/([^/]+)\/$/, '$1'))).toEqual([...ids].sort());
    const dates = await page
      .locator('#topic-key-events + ol > li time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());

    // Introduction, then key events, then the lists.
    const order = await page.evaluate(() =>
      ['.topic-intro', '#topic-key-events', '#topic-articles', '#topic-events'].map((sel) => {
        const el = document.querySelector(sel)!;
        return [...document.querySelectorAll('main *')].indexOf(el);
      }),
    );
    expect(order.every((n) => n >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // Every key-event link is a page, and every citation finds its source on this page.
    for (const href of links) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
    }
    const fragments = await intro.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of fragments) await expect(page.locator(`[id="${id}"]`).count(), id).resolves.toBe(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any topic page (${colorScheme})`, async () => {
      const { page, problems } = await session.openPage({ colorScheme });
      for (const topic of TOPICS) {
        await page.goto(pageUrl(siteUrl, `/topics/${topic}/`));
        expect(await axeViolations(page), topic).toEqual([]);
      }
      expect(problems).toEqual(NO_PROBLEMS);
    });
  }
});

/**
 * Typography a reader can see: curly quotes and apostrophes on every page,
 * one font family for the links in a block, the external-link icon never
 * wrapped away from its word (nor a comma after it to the start of a line),
 * and glossary entries that do not list their own term among their other names.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-session';
import { pageUrl, sitemapPaths } from '../support/site';

const siteUrl = inject('siteUrl');
const paths = sitemapPaths();

const session = useBrowser();

/**
 * Straight quotes in the page's text, with a little context each: every text
 * node, folded boxes and pop-ups included, but not code, scripts, styles or
 * attributes (where straight quotes are syntax, not typography).
 */
const straightQuotes = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('code, pre, kbd, samp, script, style, noscript, template')) continue;
      const text = n.textContent ?? '';
      for (const m of text.matchAll(/["']/g)) found.push(text.slice(Math.max(0, m.index - 25), m.index + 25).replace(/\s+/g, ' '));
    }
    return found;
  });

/** Blocks (the nearest non-inline ancestor) whose visible links use more than one font family. */
const mixedLinkFonts = (page: Page) =>
  page.evaluate(() => {
    const blockOf = (el: Element) => {
      let e = el.parentElement;
      while (e && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
      return e;
    };
    const families = new Map<Element | null, Map<string, string>>();
    for (const a of document.querySelectorAll('a')) {
      if (!a.getClientRects().length) continue;
      const block = blockOf(a);
      const byFamily = families.get(block) ?? new Map<string, string>();
      byFamily.set(getComputedStyle(a).fontFamily, a.textContent?.trim() || (a.getAttribute('aria-label') ?? ''));
      families.set(block, byFamily);
    }
    return [...families.values()].filter((f) => f.size > 1).map((f) => [...f.values()].join(' | '));
  });

describe('every page', () => {
  it.each(paths)('%s: curly quotes in the text, one font family for the links in a block', async (path) => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, path));
    // Glossary terms, once enhanced (their pop-up texts are checked in tests/unit/glossary-popups.test.ts).
    if (await page.locator('gloss-term').count()) await page.waitForSelector('a.gloss-term__link[aria-expanded]', { state: 'attached' });
    expect(await straightQuotes(page)).toEqual([]);
    expect(await mixedLinkFonts(page)).toEqual([]);
  });
});

describe('the external-link icon', () => {
  const PAGES = ['/articles/sanctions-2022-russia-response/', '/glossary/', '/timeline/2022-02-27-sanctions-package-3/'];
  for (const width of [320, 390, 1366]) {
    it(`stays on the line of the link's last word, with the punctuation after it (${width} px)`, async () => {
      const { page } = await session.openPage({ viewport: { width, height: 900 } });
      for (const path of PAGES) {
        await page.goto(pageUrl(siteUrl, path));
        const report = await page.evaluate(() => {
          const problems: string[] = [];
          let checked = 0;
          let followed = 0;
          for (const a of document.querySelectorAll('a.external')) {
            if (!a.getClientRects().length) continue;
            checked++;
            const end = a.querySelector('.external__end');
            if (!end) {
              problems.push(`no .external__end: ${a.textContent}`);
              continue;
            }
            if (getComputedStyle(end, '::after').content !== '"↗"') problems.push(`no icon after: ${a.textContent}`);
            // The icon and the last word: one unbroken box.
            if (end.getClientRects().length !== 1) problems.push(`last word broken: ${a.textContent}`);
            const next = a.nextSibling;
            if (next?.nodeType !== Node.TEXT_NODE || !/^[,.;:)]/.test(next.textContent ?? '')) continue;
            followed++;
            const range = document.createRange();
            range.setStart(next, 0);
            range.setEnd(next, 1);
            const mark = range.getBoundingClientRect();
            const icon = end.getBoundingClientRect();
            if (Math.abs(mark.bottom - icon.bottom) > 4) problems.push(`“${next.textContent?.[0]}” wrapped after: ${a.textContent}`);
          }
          return { problems, checked, followed };
        });
        expect(report.checked, path).toBeGreaterThan(0);
        expect(report.problems, path).toEqual([]);
        if (path === '/glossary/') expect(report.followed).toBeGreaterThan(10);
      }
    });
  }
});

describe('glossary other names', () => {
  it('never list the term itself, nor one name twice', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/glossary/'));
    const entries = await page.locator('section.glossary-entry').evaluateAll((sections) =>
      sections.map((s) => ({
        id: s.id,
        term: s.querySelector('h2')?.textContent?.trim() ?? '',
        aliases: [...s.querySelectorAll('.glossary-entry__aliases span:not(.glossary-entry__label)')].map(
          (a) => a.textContent?.trim() ?? '',
        ),
      })),
    );
    expect(entries.length).toBe(22);
    const key = (name: string) =>
      name
        .toLowerCase()
        .replace(/[’']/g, "'")
        .replace(/[-–()]/g, ' ')
        .replace(/\s*\/\s*/g, '/')
        .replace(/\s+/g, ' ')
        .trim();
    for (const { id, term, aliases } of entries) {
      expect(aliases.map(key), id).not.toContain(key(term));
      expect(new Set(aliases.map(key)).size, id).toBe(aliases.length);
    }
    const byId = new Map(entries.map((e) => [e.id, e]));
    // Real other names stay: spellings, other languages, short forms.
    expect(byId.get('peace-treaty-talks')?.aliases).toEqual(['peace treaty negotiations', '平和条約交渉', 'переговоры о мирном договоре']);
    expect(byId.get('iturup')?.aliases).toEqual(['Etorofu', '択捉島', 'Итуруп', 'Etorofu Island', 'Iturup Island']);
    expect(byId.get('defense-white-paper')?.aliases).toEqual(['Defence White Paper', '防衛白書']);
    expect(byId.get('national-security-strategy')?.aliases).toContain('Japan’s National Security Strategy');
  });
});

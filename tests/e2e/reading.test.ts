/** The reading flow: home page to the lead article, and the article read in full with and without JavaScript. */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const ARTICLE = '/articles/japan-nss-russia-serious-concern/';
/** The republished report as received (see tests/fixtures/republished-report/README.md), paragraph by paragraph. */
const sourceParagraphs = readFileSync('tests/fixtures/republished-report/source.txt', 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
/** Smart quotes and apostrophes are typography, not a change of text: compare without them. */
const plain = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const session = useBrowser();

describe('reading flow', () => {
  it('goes from the home page to the lead article by keyboard', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(siteUrl);
    const lead = page.locator('.lead__title a');
    await expect(lead.textContent()).resolves.toContain('serious security concern');
    await lead.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${ARTICLE}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('serious security concern');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});

describe('paragraph links', () => {
  const FIRST = /^Link to this paragraph: In the latest update of the/;

  it('every paragraph with an id ends with one link to itself, drawn as ¶ and left out of the text', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const paragraphs = await page.locator('.prose p[id]').evaluateAll((ps) =>
      ps.map((p) => ({
        id: p.id,
        hrefs: [...p.querySelectorAll(':scope > a.paragraph-anchor')].map((a) => a.getAttribute('href')),
        last: p.lastElementChild?.className,
        text: (p as HTMLElement).innerText,
        mark: getComputedStyle(p.querySelector('.paragraph-anchor')!, '::before').content,
      })),
    );
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) {
      expect(p.hrefs, p.id).toEqual([`#${p.id}`]);
      expect(p.last, p.id).toBe('paragraph-anchor');
      expect(p.mark).toBe('"¶"');
      expect(p.text).not.toContain('¶');
    }
  });

  it('is reached by Tab, shows on focus and on hover, and goes to the paragraph', async () => {
    const { page } = await session.openPage({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const paragraph = page.locator('.prose > p').first();
    const anchor = page.getByRole('link', { name: FIRST });
    await expect(anchor.count()).resolves.toBe(1);
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    await expect(opacity()).resolves.toBe('0');
    await paragraph.hover();
    await expect(opacity()).resolves.toBe('1');
    await page.mouse.move(0, 0);
    await expect(opacity()).resolves.toBe('0');
    // From the paragraph's last other link, Tab moves to the paragraph's own link.
    await paragraph.locator('a:not(.paragraph-anchor):visible').last().focus();
    await page.keyboard.press('Tab');
    await expect(anchor.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await expect(opacity()).resolves.toBe('1');
    const id = await paragraph.getAttribute('id');
    await expect(anchor.getAttribute('href')).resolves.toBe(`#${id}`);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${id}`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(id);
  });

  it('stays out of sight on a phone until focused', async () => {
    const { page } = await session.openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const anchor = page.getByRole('link', { name: FIRST });
    const paragraph = page.locator('.prose > p').first();
    await paragraph.tap();
    await expect(anchor.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('0');
    await paragraph.locator('a:not(.paragraph-anchor):visible').last().focus();
    await page.keyboard.press('Tab');
    await expect(anchor.evaluate((a) => a.matches(':focus-visible') && getComputedStyle(a).opacity)).resolves.toBe('1');
  });
});

describe('the republished article', () => {
  for (const js of [true, false]) {
    it(`carries the full text with attribution and editor's notes (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const { page } = await session.openPage({ javaScriptEnabled: js });
      await page.goto(pageUrl(siteUrl, ARTICLE));
      const text = plain(await page.locator('article.article').innerText());
      for (const paragraph of sourceParagraphs) {
        // The typo stays, marked [sic]; everything else is verbatim.
        const expected = plain(paragraph).replace('Moscw.', 'Moscw [sic: Moscow].');
        expect(text).toContain(expected);
      }
      await expect(page.locator('.original-source').innerText()).resolves.toMatch(
        /Republic World citing Sputnik, then The Asahi Shimbun, then Japan Today, 10 December 2022/,
      );
      const notes = await page.locator('aside.callout').count();
      expect(notes).toBeGreaterThanOrEqual(8);
      await expect(page.locator('aside.callout--correction').allInnerTexts()).resolves.toEqual(
        expect.arrayContaining([
          expect.stringMatching(/10,000 troops is wrong/),
          expect.stringMatching(/Paramushir is not one of the disputed islands/),
        ]),
      );
      await expect(page.locator('time[datetime="2026-11-27"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('#footnote-label').isVisible()).resolves.toBe(true);
    });
  }

  it('has a table of contents, reading time and NewsArticle structured data', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, ARTICLE));
    const toc = await page.locator('nav.toc a').allInnerTexts();
    expect(toc.length).toBeGreaterThanOrEqual(2);
    expect(toc).toContain('Russia deploys mobile coastal defense missile systems on Northern Kuril island');
    for (const entry of toc) expect(entry).not.toMatch(/#|Link to this section/);
    await expect(page.locator('.article__header .meta').first().innerText()).resolves.toMatch(/\d+ min read/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['datePublished']).toBe('2026-11-27');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(
      /\/articles\/japan-nss-russia-serious-concern\/$/,
    );
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
  });

  it('lets the reader switch to the dark theme and remembers it', async () => {
    const { page } = await session.openPage({ colorScheme: 'light' });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    // The button names the theme it switches to.
    const toggle = page.locator('theme-toggle button');
    await expect(page.getByRole('button', { name: 'Dark theme' }).count()).resolves.toBe(1);
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Light theme' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Dark theme' }).count()).resolves.toBe(0);
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Light theme' }).count()).resolves.toBe(1);
  });

  it('offers the light theme when the system is dark', async () => {
    const { page } = await session.openPage({ colorScheme: 'dark' });
    await page.goto(pageUrl(siteUrl, ARTICLE));
    await expect(page.getByRole('button', { name: 'Light theme' }).count()).resolves.toBe(1);
  });

  it('serves the 404 page for unknown addresses', async () => {
    const { page } = await session.openPage();
    const response = await page.goto(pageUrl(siteUrl, '/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  });

  it('has no horizontal scroll at 360 px', async () => {
    const { page } = await session.openPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', ARTICLE]) {
      await page.goto(pageUrl(siteUrl, path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
  });
});

/**
 * Japanese text is drawn with real glyphs on a machine with no Japanese
 * system font (this one: `fc-list :lang=ja` lists nothing), using the
 * self-hosted Noto Sans JP; pages with no Japanese download no font file.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');

/** True when the machine has a Japanese system font (then the reader's own font may draw the text). */
function hasSystemJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** The fonts Chromium used for the text directly inside the first element whose own text contains `text`. */
async function fontsDrawing(page: Page, text: string): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: `//*[text()[contains(., '${text}')]]` });
  expect(resultCount, `an element with the text ${text}`).toBeGreaterThan(0);
  const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: 1 });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[0]! });
  return fonts;
}

const session = useBrowser();

describe('Japanese type', () => {
  it('draws 択捉島 on the glossary with the shipped Noto Sans JP', async () => {
    const { page, problems } = await session.openPage();
    try {
      const fontFiles: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.woff2')) fontFiles.push(new URL(r.url()).pathname);
      });
      await page.goto(pageUrl(siteUrl, '/glossary/'));
      await page.locator('text=択捉島').first().scrollIntoViewIfNeeded();
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const fonts = await fontsDrawing(page, '択捉島');
      const drawnBy = fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
      if (hasSystemJapaneseFont()) {
        expect(drawnBy.length).toBeGreaterThan(0);
      } else {
        // The family as the font file names itself ("Noto Sans JP Thin": Fontsource cuts its files from the variable font).
        expect(fonts).toContainEqual(
          expect.objectContaining({ familyName: expect.stringMatching(/^Noto Sans JP/) as unknown as string, isCustomFont: true }),
        );
        expect(fonts.every((f) => f.isCustomFont)).toBe(true);
        expect(fontFiles.length).toBeGreaterThan(0);
        expect(fontFiles.every((f) => /\/fonts\/noto-sans-jp\/noto-sans-jp-\d+-(400|700)-normal\.woff2$/.test(f))).toBe(true);
      }
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('downloads no font file on a page with no Japanese text', async () => {
    const { page, problems } = await session.openPage();
    try {
      const fontFiles: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'font') fontFiles.push(r.url());
      });
      // Not /about/: every page with a Japanese counterpart names it, 日本語, in the header (and the search page's help shows 択捉島).
      await page.goto(pageUrl(siteUrl, '/404.html'), { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => /[\u3040-\u30ff\u4e00-\u9fff]/.test(document.body.innerText))).toBe(false);
      expect(fontFiles).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await page.context().close();
    }
  });

  it('keeps the stylesheet small: only the faces the site’s text needs', async () => {
    const css = await (await fetch(pageUrl(siteUrl, '/fonts/noto-sans-jp.css'))).text();
    const faces = css.match(/@font-face/g)?.length ?? 0;
    expect(faces).toBeGreaterThan(0);
    // Fontsource's regular and bold stylesheets name 240 Japanese files.
    expect(faces).toBeLessThan(240);
    expect(css).not.toMatch(/U\+[0-7][0-9a-f]?[0-9a-f]?(?![0-9a-f])/i);
  });
});

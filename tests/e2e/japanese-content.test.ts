/**
 * Japanese content as a reader meets it: a topic page opens with its
 * introduction in Japanese (with its sources and no notice, since it is up
 * to date), the Kuril explainer's map names the places in Japanese first,
 * the republished report's attribution reads as Japanese, and the footer's
 * link to the corrections policy lands on that section of the Japanese
 * About page.
 */
import { describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('Japanese content', () => {
  it('opens a topic page with its introduction in Japanese, footnotes and all, without JavaScript', async () => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, '/ja/topics/kuril-islands/'));
    const intro = page.locator('main .topic-intro');
    await expect(intro.getAttribute('lang')).resolves.toBeNull();
    const text = await intro.innerText();
    expect(text).toContain('ロシアが南クリル諸島、日本が北方領土と呼ぶ4島は、択捉島（ロシア名イトゥルップ島）');
    expect(text).not.toContain('The four islands');
    await expect(intro.locator('#footnote-label').textContent()).resolves.toBe('出典と注');
    await expect(intro.locator('.footnotes li').count()).resolves.toBe(3);
    // Current translation: no notice; the English page has none either.
    await expect(page.locator('.translation-notice').count()).resolves.toBe(0);
    await page.goto(pageUrl(siteUrl, '/ja/topics/ukraine-war/'));
    // The Japanese wording of the Prime Minister's words, from the Japanese source listed under the introduction.
    await expect(page.locator('main .topic-intro').innerText()).resolves.toContain('国際秩序の根幹を揺るがすもの');
    await expect(page.locator('#sources-translation').textContent()).resolves.toBe('日本語の出典');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('draws the Kuril explainer map with Japanese names first and a Japanese title and caption', async () => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, '/ja/articles/kuril-islands-northern-territories-dispute/'));
    const map = page.locator('figure.islands-map');
    await expect(map.locator('svg title').textContent()).resolves.toBe('地図：北海道と千島列島');
    const iturup = map.locator('[data-place="iturup"] .islands-map__label tspan').first();
    await expect(iturup.textContent()).resolves.toBe('択捉島 (Iturup)');
    await expect(map.locator('svg desc').textContent()).resolves.toMatch(/^北海道、千島列島、カムチャツカ半島南部の地図。/);
    await expect(map.locator('figcaption strong').first().textContent()).resolves.toBe('北海道と千島列島。');
    // The SVG is named by its title and description, in the page's language.
    const name = await map.locator('svg').evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(name).toMatch(/^地図：北海道と千島列島 北海道、千島列島/);
    expect(name).not.toMatch(/Hokkaido|Kuril Islands/);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('credits the republished report in Japanese, with no comment left in the markup', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/ja/articles/japan-nss-russia-serious-concern/'));
    // Wide screen: the box is open, its summary hidden.
    await expect(page.locator('.original-source p').first().innerText()).resolves.toBe(
      '元の報道：Republic World（引用元：Sputnik、The Asahi Shimbun、Japan Today）、2022年12月10日。',
    );
    const comments = await page.locator('.original-source').evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    });
    expect(comments).toBe(0);
  });

  it('links the footer to the corrections policy section of the Japanese About page', async () => {
    const { page } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/ja/topics/diplomacy/'));
    await page.locator('footer a[href*="/ja/about/#"]').click();
    await page.waitForURL('**/ja/about/#*');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`).textContent()).resolves.toMatch(/^訂正の方針/);
  });
});

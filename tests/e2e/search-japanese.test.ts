/**
 * Search in the Japanese edition, in Chromium against the built site: the
 * Japanese search page searches the Japanese index (Japanese pages and the
 * Japanese glossary records, found by Japanese words and by the other names
 * in any script), an English page the English one; the dialog on a Japanese
 * page speaks Japanese and its filters hold Japanese values; the Japanese
 * 404 page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const POLL = { timeout: 15_000 };

/** Waits for a finished search in `scope` and returns its status line. */
async function settled(page: Page, scope: string): Promise<string> {
  const status = page.locator(`${scope} [role="status"]`);
  await expect.poll(async () => (await status.textContent()) ?? '', POLL).toMatch(/検索結果：|results? for|No results|利用できません/);
  await page.waitForFunction((s) => !document.querySelector(`${s} form[aria-busy]`), scope);
  return (await status.textContent()) ?? '';
}

/** The results shown: root-relative path with hash, and type label. */
async function results(page: Page, scope: string): Promise<Array<{ path: string; type: string }>> {
  const base = new URL(siteUrl).pathname;
  return page.locator(`${scope} .search-result`).evaluateAll(
    (items, base) =>
      items.map((li) => {
        const u = new URL(li.querySelector<HTMLAnchorElement>('.search-result__title a')!.href);
        return { path: `/${u.pathname.slice(base.length)}${u.hash}`, type: li.querySelector('.search-result__type')?.textContent ?? '' };
      }),
    base,
  );
}

async function searchAt(path: string) {
  const { page, problems } = await session.openPage();
  await page.goto(pageUrl(siteUrl, path));
  const status = await settled(page, 'search-page');
  return { page, problems, status, results: await results(page, 'search-page') };
}

describe('the Japanese search page', () => {
  it('is in Japanese, and 択捉島 finds Japanese pages and the Japanese glossary entry', async () => {
    const { page, problems, status, results: found } = await searchAt(`/ja/search/?q=${encodeURIComponent('択捉島')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(status).toMatch(/^「択捉島」の検索結果：\d+件$/);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((r) => !r.path.startsWith('/ja/'))).toEqual([]);
    expect(found.map((r) => r.path)).toContain('/ja/glossary/#iturup');
    expect(found.find((r) => r.path === '/ja/glossary/#iturup')?.type).toBe('用語');
    expect(await page.locator('search-page input[type="search"]').getAttribute('placeholder')).toBe('例：択捉島、制裁、1956年');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it.each(['Iturup', 'Etorofu', 'Итуруп', 'エトロフ島'])('%s finds the Japanese Iturup entry and Japanese pages only', async (name) => {
    const { results: found } = await searchAt(`/ja/search/?q=${encodeURIComponent(name)}`);
    expect(found.map((r) => r.path)).toContain('/ja/glossary/#iturup');
    expect(found.filter((r) => !r.path.startsWith('/ja/'))).toEqual([]);
  });

  it('制裁 finds Japanese articles and events, with Japanese type labels', async () => {
    const { results: found } = await searchAt(`/ja/search/?q=${encodeURIComponent('制裁')}`);
    expect(found.length).toBeGreaterThan(1);
    expect(found.filter((r) => !r.path.startsWith('/ja/'))).toEqual([]);
    expect(found.some((r) => r.path.startsWith('/ja/articles/'))).toBe(true);
    expect(new Set(found.map((r) => r.type)).size).toBeGreaterThan(0);
    // Every result says what it is: an article, an event, a term, or the timeline page itself.
    expect(found.filter((r) => !['記事', '出来事', '用語', '年表'].includes(r.type))).toEqual([]);
  });

  it('filters by a Japanese type from the URL', async () => {
    const { status, results: found } = await searchAt(`/ja/search/?q=${encodeURIComponent('制裁')}&type=${encodeURIComponent('記事')}`);
    expect(status).toMatch(/（記事）$/);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((r) => r.type !== '記事' || !r.path.startsWith('/ja/articles/'))).toEqual([]);
  });

  it('says so in Japanese when nothing is found, with no English suggestion', async () => {
    const { page, status } = await searchAt(`/ja/search/?q=${encodeURIComponent('zzqqxx')}`);
    expect(status).toBe('「zzqqxx」の検索結果：該当なし');
    expect(await page.locator('search-page .search-ui__help').textContent()).toContain('表記を確かめるか');
    expect(await page.locator('search-page .search-ui__suggestion').isHidden()).toBe(true);
  });
});

describe('the English search page', () => {
  it('“sanctions” finds English pages only', async () => {
    const { results: found, status } = await searchAt('/search/?q=sanctions');
    expect(status).toMatch(/^\d+ results for “sanctions”$/);
    expect(found.length).toBeGreaterThan(1);
    expect(found.filter((r) => r.path.startsWith('/ja/'))).toEqual([]);
    // Every result has an English type.
    expect(found.filter((r) => !['Article', 'Timeline event', 'Glossary', 'Timeline'].includes(r.type))).toEqual([]);
    expect(found.some((r) => r.type === 'Article')).toBe(true);
  });
});

describe('the search dialog on a Japanese page', () => {
  it('speaks Japanese, lists Japanese filter values and leads to /ja/search/', async () => {
    const { page, problems } = await session.openPage();
    await page.goto(pageUrl(siteUrl, '/ja/glossary/'));
    await page.locator('header button.search-button--dialog').click();
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
    const input = dialog.locator('input[type="search"]');
    expect(await input.getAttribute('placeholder')).toBe('例：択捉島、制裁、1956年');
    expect(await dialog.locator('[role="status"]').textContent()).toBe('語句や名前を入力するか、絞り込みを選んでください。');
    await input.fill('zzqqxx');
    expect(await settled(page, 'dialog.search-dialog')).toBe('「zzqqxx」の検索結果：該当なし');
    expect(await dialog.locator('.search-ui__help').textContent()).toContain('別の名前や、より広い語句を試してください');
    await dialog.locator('summary').click();
    expect(await dialog.locator('summary').textContent()).toBe('絞り込みと並べ替え');
    const types = dialog.locator('select[name="type"] option');
    await expect.poll(() => types.allTextContents(), POLL).toEqual(['すべての種類', '出来事', '年表', '用語', '記事']);
    const topics = await dialog.locator('select[name="topic"] option').allTextContents();
    expect(topics).toContain('制裁');
    expect(topics).toContain('北方領土・千島列島');
    expect(await dialog.locator('label[for="search-dialog-sort"]').textContent()).toBe('並べ替え');
    const full = await dialog.locator('.search-dialog__full').getAttribute('href');
    expect(full).toMatch(/\/ja\/search\/\?q=zzqqxx$/);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('the Japanese 404 page', () => {
  it('is served for an unknown address under /ja/, in Japanese', async () => {
    const { page } = await session.openPage();
    const response = await page.goto(pageUrl(siteUrl, '/ja/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('h1').textContent()).toBe('ページが見つかりません');
    expect(await page.locator('main a[href$="/ja/search/"]').textContent()).toContain('サイト内を検索');
  });

  it('leaves the English 404 page for other addresses', async () => {
    const { page } = await session.openPage();
    const response = await page.goto(pageUrl(siteUrl, '/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});

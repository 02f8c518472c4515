/**
 * Search, in Chromium against the built site: what must be findable, other
 * names, no results, the URL round trip and the back button, keyboard
 * access to the dialog, filters, sorting, highlighting on the result page,
 * hostile queries, the no-JavaScript and missing-index states, and axe with
 * the dialog open and results shown.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { NO_PROBLEMS } from '../support/browser';
import { useBrowser } from '../support/browser-session';
import { axeViolations } from '../support/axe';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const ARTICLE = '/articles/japan-nss-russia-serious-concern/';
const TOKYO_DECLARATION = '/timeline/1993-10-13-tokyo-declaration/';

const session = useBrowser();

/** The machine may be busy (two test files at once on two cores): give the UI time. */
const POLL = { timeout: 10_000 };

async function open(path: string, options: BrowserContextOptions = {}) {
  return session.openPage(options).then(async (w) => {
    await w.page.goto(pageUrl(siteUrl, path));
    return w;
  });
}

/** Waits until the status line reports a finished search, and returns it. */
async function settled(page: Page, scope = 'search-page'): Promise<string> {
  const status = page.locator(`${scope} [role="status"]`);
  await expect
    .poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/results? for|No results|results? \(|not available/);
  await page.waitForFunction((s) => !document.querySelector(`${s} form[aria-busy]`), scope);
  return (await status.textContent()) ?? '';
}

/** Root-relative paths (without query or hash) of the results shown. */
async function resultPaths(page: Page, scope = 'search-page'): Promise<string[]> {
  const hrefs = await page.locator(`${scope} .search-result__title a`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const base = new URL(siteUrl).pathname;
  return hrefs.map((h) => `/${new URL(h).pathname.slice(base.length)}`);
}

async function searchPage(query: string) {
  const w = await open(`/search/?q=${encodeURIComponent(query)}`);
  const status = await settled(w.page);
  return { ...w, status, paths: await resultPaths(w.page) };
}

describe('what search finds', () => {
  it('“Paramushir” finds the article on the NSS draft', async () => {
    const { page, status, paths, problems } = await searchPage('Paramushir');
    expect(status).toMatch(/^\d+ results? for “Paramushir”/);
    expect(paths).toContain(ARTICLE);
    // Excerpts carry the highlighted word; links carry it to the page for highlighting.
    expect(await page.locator('search-page .search-result mark').first().textContent()).toMatch(/paramushir/i);
    expect(await page.locator('search-page .search-result__title a').first().getAttribute('href')).toMatch(/[?&]highlight=paramushir/i);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('“Yeltsin” finds the 1993 Tokyo Declaration event', async () => {
    const { paths } = await searchPage('Yeltsin');
    expect(paths).toContain(TOKYO_DECLARATION);
  });

  it('another name finds a page that only uses a different one (Кунашир → Kunashir)', async () => {
    const { page, paths } = await searchPage('Кунашир');
    expect(paths.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(0);
    // Not necessarily the first result: pages that show the map also carry the Cyrillic name.
    const pages = await Promise.all(paths.map(async (p) => (await fetch(pageUrl(siteUrl, p))).text()));
    expect(pages.filter((html) => !html.includes('Кунашир') && html.includes('Kunashir')).length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('search-page .search-result__aka').first().textContent(), POLL)
      .toMatch(/another name: Кунашир\. The page writes the name in another script\./);
  });

  it('a Japanese name finds pages written with the romanised one (択捉島 → Iturup)', async () => {
    const { paths } = await searchPage('択捉島');
    expect(paths.length).toBeGreaterThan(1);
    const pages = await Promise.all(paths.map(async (p) => [p, await (await fetch(pageUrl(siteUrl, p))).text()] as const));
    // The search dialog's words (its hint names 択捉島) ride in every page as data-search-text: not the page's text.
    const text = (html: string) => html.replace(/data-search-text="[^"]*"/g, '');
    const romanisedOnly = pages.filter(([, html]) => !text(html).includes('択捉島') && /Iturup|Etorofu/.test(text(html))).map(([p]) => p);
    expect(romanisedOnly.length).toBeGreaterThan(0);
  });

  it('a word that is nowhere gives a clear “no results” with suggestions', async () => {
    const { page, status, problems } = await searchPage('zqxjvwk');
    expect(status).toBe('No results for “zqxjvwk”');
    const help = page.locator('search-page .search-ui__help');
    await expect.poll(() => help.isVisible(), POLL).toBe(true);
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/\/articles\/$/), expect.stringMatching(/\/timeline\/$/)]));
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('typos and markup', () => {
  it('offers the word a reader meant for a misspelt name, as a link that runs that search', async () => {
    const { page, problems } = await searchPage('Paramushr');
    const suggestion = page.locator('search-page .search-ui__suggestion');
    await expect.poll(() => suggestion.isVisible(), POLL).toBe(true);
    expect(await suggestion.textContent()).toBe('Did you mean Paramushir?');
    await suggestion.getByRole('link', { name: 'Paramushir' }).click();
    await expect.poll(async () => (await settled(page)).startsWith('No results'), POLL).toBe(false);
    expect(await resultPaths(page)).toContain(ARTICLE);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Paramushir');
    await expect.poll(() => suggestion.isHidden(), POLL).toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('suggests one of the island’s names for “Kunashri”', async () => {
    const { page } = await searchPage('Kunashri');
    const suggestion = page.locator('search-page .search-ui__suggestion');
    await expect.poll(() => suggestion.isVisible(), POLL).toBe(true);
    expect(await suggestion.textContent()).toMatch(/^Did you mean Kunashiri?\?$/);
  });

  it('does not search the attribute names of markup typed into the box', async () => {
    const { page, problems } = await open(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const status = page.locator('search-page [role="status"]');
    await expect.poll(async () => (await status.textContent()) ?? '', POLL).toBe('Type a word or a name, or choose a filter.');
    expect(await page.locator('search-page .search-result').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('the search page and its URL', () => {
  it('restores query and filters from the URL, writes new searches to it, and follows the back button', async () => {
    const { page, problems } = await open('/search/?q=Paramushir&type=Article');
    await settled(page);
    expect(await page.locator('search-page input[type="search"]').inputValue()).toBe('Paramushir');
    expect(await page.locator('search-page select[name="type"]').inputValue()).toBe('Article');
    expect(await resultPaths(page)).toContain(ARTICLE);
    expect(await page.title()).toMatch(/^“Paramushir”/);

    await page.locator('search-page input[type="search"]').fill('sanctions');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?q=sanctions&type=Article');
    await settled(page);
    expect(await page.locator('search-page [role="status"]').textContent()).toMatch(/for “sanctions”/);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?q=Paramushir&type=Article');
    await expect.poll(() => page.locator('search-page input[type="search"]').inputValue(), POLL).toBe('Paramushir');
    await expect.poll(() => page.locator('search-page [role="status"]').textContent(), POLL).toMatch(/for “Paramushir”/);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('filters narrow the results and go into the URL', async () => {
    const { page } = await open('/search/?q=Russia');
    const all = Number(/^(\d+)/.exec(await settled(page))?.[1]);
    expect(all).toBeGreaterThan(1);
    const topic = page.locator('search-page select[name="topic"]');
    await expect.poll(() => topic.locator('option').count(), POLL).toBeGreaterThan(2);
    await topic.selectOption('Sanctions');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic'), POLL).toBe('Sanctions');
    await expect.poll(() => page.locator('search-page [role="status"]').textContent(), POLL).toMatch(/\(Sanctions\)/);
    const narrowed = Number(/^(\d+)/.exec(await settled(page))?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
  });

  it('sorts by date, newest first', async () => {
    const { page } = await open('/search/?q=Russia&sort=newest');
    await settled(page);
    const dates = await page
      .locator('search-page .search-result__meta time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('shows a query with HTML or script as text, and runs nothing', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const { page, status, problems } = await searchPage(hostile);
    expect(status).toContain('<img src=x');
    expect(await page.locator('search-page input[type="search"]').inputValue()).toBe(hostile);
    expect(await page.locator('search-page img, search-page script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems.pageErrors).toEqual([]);
  });

  it('without JavaScript, says search needs it and offers the article list and timeline', async () => {
    const { page } = await open('/search/', { javaScriptEnabled: false });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/Search needs JavaScript/);
    const links = await page.locator('search-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/\/articles\/$/), expect.stringMatching(/\/timeline\/$/)]));
    // The header offers a link to this page instead of the dialog button.
    expect(await page.locator('header a.search-button--link').isVisible()).toBe(true);
    expect(await page.locator('header button.search-button--dialog').isVisible()).toBe(false);
  });

  it('explains a missing index (as in `astro dev`) instead of failing silently', async () => {
    const { page } = await session.openPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(pageUrl(siteUrl, '/search/?q=Paramushir'));
    expect(await settled(page)).toBe('Search is not available right now.');
    expect(await page.locator('search-page .search-ui__help').textContent()).toMatch(/npm run build.*astro dev/s);
  });

  it('has no axe violations with results shown, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open('/search/?q=Paramushir', { colorScheme });
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

describe('the search dialog', () => {
  it('opens with “/”, searches, and Escape closes it and returns focus', async () => {
    const { page, problems } = await open(ARTICLE);
    const button = page.locator('header button.search-button--dialog');
    await button.focus();
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('Paramushir');
    await settled(page, 'dialog.search-dialog');
    expect(await resultPaths(page, 'dialog.search-dialog')).toContain(ARTICLE);
    // The link to the full page carries the query.
    expect(await dialog.locator('.search-dialog__full').getAttribute('href')).toMatch(/\/search\/\?q=Paramushir$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button--dialog'))).toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens with Ctrl+K from anywhere and gives focus back to where it was', async () => {
    const { page } = await open(ARTICLE);
    const link = page.locator('.site-nav a').first();
    await link.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
    // Focus stays inside the modal dialog: tabbing around never reaches the page behind it.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () => !document.activeElement || document.activeElement === document.body || !!document.activeElement.closest('dialog'),
      );
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await link.textContent());
  });

  it('keeps what the reader types while the dialog is still loading', async () => {
    const { page } = await open(ARTICLE);
    // Slow the dialog's code down, as on a slow connection.
    await page.route('**/_astro/dialog*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.type('Paramushir');
    await settled(page, 'dialog.search-dialog');
    expect(await page.locator('dialog.search-dialog input[type="search"]').inputValue()).toBe('Paramushir');
  });

  it('does not load Pagefind until search is used', async () => {
    const { page } = await session.openPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(pageUrl(siteUrl, ARTICLE), { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('Kuril');
    await settled(page, 'dialog.search-dialog');
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The filter lists load only when the reader opens "Filter and sort".
    expect(requested.some((p) => p.includes('/pagefind/filter/'))).toBe(false);
    await page.locator('dialog.search-dialog summary').click();
    await expect.poll(() => page.locator('dialog.search-dialog select[name="type"] option').count(), POLL).toBeGreaterThan(1);
    expect(requested.some((p) => p.includes('/pagefind/filter/'))).toBe(true);
  });

  it('has no axe violations with the dialog open and results shown, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(ARTICLE, { colorScheme });
      await page.keyboard.press('/');
      await page.keyboard.type('Paramushir');
      await settled(page, 'dialog.search-dialog');
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('is usable at 360 px: the dialog fits the screen', async () => {
    const { page } = await open(ARTICLE, { viewport: { width: 360, height: 740 } });
    await page.locator('header button.search-button--dialog').click();
    await page.locator('dialog.search-dialog[open] input[type="search"]').waitFor();
    await page.keyboard.type('Paramushir');
    await settled(page, 'dialog.search-dialog');
    const box = await page.locator('dialog.search-dialog').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('highlighting on the result page', () => {
  it('opening a result marks the search words on the page', async () => {
    const { page, problems } = await searchPage('Paramushir');
    await page.locator('search-page .search-result__title a', { hasText: 'serious security concern' }).click();
    await page.waitForURL(/highlight=paramushir/i);
    const mark = page.locator('[data-pagefind-body] mark.search-highlight').first();
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toMatch(/Paramushir/i);
    // Only the content is marked, not the header or footer.
    expect(await page.locator('.site-header mark, .site-footer mark').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

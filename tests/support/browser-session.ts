/**
 * The browser setup every browser test file shares: one Chromium per file,
 * and pages whose contexts are closed after each test whether it passed or
 * failed (an `afterEach`, the test's `finally`), so no test file repeats the
 * launch and no failing assertion leaves a context open.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newWatchedPage, type PageProblems } from './browser';

export interface BrowserSession {
  /** The file's Chromium (launched before its first test). */
  readonly browser: Browser;
  /** A page in a new context that records console errors, foreign and failed requests and CSP violations. */
  openPage(options?: BrowserContextOptions): Promise<{ page: Page; problems: PageProblems }>;
  /** A plain new context, for tests that count bytes or need nothing watched. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Call once at the top of a test file. `origin` is the site the watched pages may load from (default: the served dist/). */
export function useBrowser(origin: string = inject('siteUrl')): BrowserSession {
  let browser: Browser | undefined;
  const open = new Set<BrowserContext>();
  const launched = () => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test.');
    return browser;
  };
  const track = (context: BrowserContext) => {
    open.add(context);
    context.once('close', () => open.delete(context));
    return context;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all([...open].map((c) => c.close()));
    open.clear();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return launched();
    },
    async openPage(options = {}) {
      const watched = await newWatchedPage(launched(), origin, options);
      track(watched.page.context());
      return watched;
    },
    async newContext(options = {}) {
      return track(await launched().newContext(options));
    },
  };
}

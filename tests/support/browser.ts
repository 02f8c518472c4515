/**
 * Launches Debian's Chromium through playwright-core (no browser download
 * works here) with the flags a closed-network, root sandbox needs.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH =
  process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? 'chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
  /** Requests that failed or got a 4xx/5xx status (except deliberate 404 visits). */
  failedRequests: string[];
}

/**
 * Opens a new page that records console errors, uncaught exceptions, requests
 * to other origins (which it blocks) and failed requests.
 */
export async function newWatchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  const own = new URL(origin).origin;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === own) return route.continue();
    problems.foreignRequests.push(u);
    return route.abort('blockedbyclient');
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A load cut short because the reader navigated away is not a broken resource;
    // a blocked foreign request is recorded above.
    if (error === 'net::ERR_ABORTED' || error === 'net::ERR_BLOCKED_BY_CLIENT') return;
    problems.failedRequests.push(`${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()} ${r.status()}`);
  });
  return { page, problems };
}

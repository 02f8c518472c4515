/**
 * Launches Debian's Chromium through playwright-core (no browser download
 * works here) with the flags a closed-network, root sandbox needs.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';

export const CHROMIUM_PATH = findChromium() ?? 'chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
  /** Requests that failed or got a 4xx/5xx status (except deliberate 404 visits). */
  failedRequests: string[];
  /** Content Security Policy violations the page reported (directive and blocked resource). */
  cspViolations: string[];
}

/** What a clean page load looks like. */
export const NO_PROBLEMS: Readonly<PageProblems> = Object.freeze({
  consoleErrors: [],
  pageErrors: [],
  foreignRequests: [],
  failedRequests: [],
  cspViolations: [],
});

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
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [], cspViolations: [] };
  // Bindings and init scripts come through the DevTools protocol, so the page's CSP does not block them.
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => problems.cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
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

/**
 * Loads Pagefind's browser library from the site's bundle at run time. The
 * bundle is written by the build (src/integrations/pagefind.ts), so Vite must
 * not try to resolve it: hence the variable URL and `@vite-ignore`.
 */

/** The parts of Pagefind's JS API the site uses (see pagefind_web_js/types). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
}
export interface PagefindFragment {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** URL parameter that carries the search words to the result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind, loaded once per page from `${bundle}pagefind.js` (bundle =
 * "<base>pagefind/"). The index stores root-relative URLs; `baseUrl` puts the
 * deploy's base in front of them.
 */
export function loadPagefind(bundle: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    const baseUrl = bundle.replace(/pagefind\/$/, '');
    await pf.options({ baseUrl, highlightParam: HIGHLIGHT_PARAM, excerptLength: 26 });
    await pf.init?.();
    return pf;
  })();
  // A failed load (offline, index missing) may be retried on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Loads Pagefind's browser library from the site's bundle at run time. The
 * bundle is written by the build (src/integrations/pagefind.ts), so Vite must
 * not try to resolve it: hence the variable URL and `@vite-ignore`. Its
 * address, like every address the search code uses, comes from the deploy
 * base the build writes in (`import.meta.env.BASE_URL`, through `url()`).
 */
import { url } from '../../lib/urls';
import { COVERS_META, OTHER_NAMES_META } from '../../lib/search/fields';
import { HIGHLIGHT_PARAM } from '../highlight-param';

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
  /** The metadata fields the query matched (Pagefind 1.5 on), e.g. ["title", "aka"]. */
  matchedMetaFields?: string[];
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

export { HIGHLIGHT_PARAM };

/** "<base>pagefind/": where the build writes the bundle. */
export const BUNDLE = url('/pagefind/');

/**
 * How results are ranked (Pagefind's `ranking` option; its own defaults
 * otherwise). A match in a title counts 3 times a word (Pagefind's default
 * is 5); a match in what an article or glossary term covers (`covers`: the
 * glossary terms that list the article, and its topics) counts 6, so the
 * article about Iturup ranks above the many events with Iturup in their
 * title, while a whole event title, matched in full, still finds its event
 * first. A match only on another name (`aka`) counts half. Long pages are
 * penalised less than by default (page length 0.5, not 0.75): the long pages
 * here are the articles, often the best answer. `tests/e2e/search-ranking.test.ts`
 * checks the outcome.
 */
const RANKING = {
  pageLength: 0.5,
  metaWeights: { title: 3, [COVERS_META]: 6, [OTHER_NAMES_META]: 0.5 },
};

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind, loaded once per page from `<base>pagefind/pagefind.js`. The
 * index stores root-relative URLs; `baseUrl` puts the deploy's base in
 * front of them.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as PagefindApi;
    await pf.options({ baseUrl: url('/'), highlightParam: HIGHLIGHT_PARAM, excerptLength: 26, ranking: RANKING });
    await pf.init?.();
    return pf;
  })();
  // A failed load (offline, index missing) may be retried on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

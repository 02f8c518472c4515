/**
 * "Did you mean …" under a search that found little: the closest words of the
 * site's own vocabulary (src/lib/search/suggest.ts), fetched once from
 * /search/vocabulary.json when first needed, offered as a link that runs that
 * search.
 */
import { didYouMean } from '../../lib/search/suggest';
import { url } from '../../lib/urls';
import { h } from './dom';

/** At most this many results still get a suggestion: a typo often matches a word or two by chance. */
const FEW_RESULTS = 2;

export interface Suggestion {
  readonly element: HTMLElement;
  /** Shows a suggestion for the query if it found few results; hides it otherwise. */
  update(query: string, results: number): Promise<void>;
}

export function searchSuggestion(search: (query: string) => void): Suggestion {
  const element = h('p', { class: 'search-ui__suggestion', hidden: true });
  let vocabulary: Promise<string[]> | undefined;
  const words = () =>
    (vocabulary ??= fetch(url('/search/vocabulary.json'))
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []));
  return {
    element,
    async update(query, results) {
      element.hidden = true;
      if (results > FEW_RESULTS || !query) return;
      const better = didYouMean(query, await words());
      if (!better) return;
      const link = h('a', { href: `${url('/search/')}?q=${encodeURIComponent(better)}` }, better);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        search(better);
      });
      element.replaceChildren('Did you mean ', link, '?');
      element.hidden = false;
    },
  };
}

/**
 * "Did you mean …" under a search that found little: the closest words of the
 * site's own vocabulary (src/lib/search/suggest.ts), fetched once from the
 * edition's vocabulary file when first needed, offered as a link that runs
 * that search. An edition without one (the Japanese: see
 * src/lib/search/page-text.ts) offers none.
 */
import { didYouMean } from '../../lib/search/suggest';
import type { SearchText } from '../../lib/search/text';
import { fillNodes, h } from './dom';

/** At most this many results still get a suggestion: a typo often matches a word or two by chance. */
const FEW_RESULTS = 2;

export interface Suggestion {
  readonly element: HTMLElement;
  /** Shows a suggestion for the query if it found few results; hides it otherwise. */
  update(query: string, results: number): Promise<void>;
}

export function searchSuggestion(text: SearchText, search: (query: string) => void): Suggestion {
  const element = h('p', { class: 'search-ui__suggestion', hidden: true });
  const from = text.vocabulary;
  let vocabulary: Promise<string[]> | undefined;
  const words = (address: string) =>
    (vocabulary ??= fetch(address)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []));
  return {
    element,
    async update(query, results) {
      element.hidden = true;
      if (results > FEW_RESULTS || !query || !from) return;
      const better = didYouMean(query, await words(from));
      if (!better) return;
      const link = h('a', { href: `${text.links.search.href}?q=${encodeURIComponent(better)}` }, better);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        search(better);
      });
      element.replaceChildren(...fillNodes(text.strings['search.didYouMean'], { word: link }));
      element.hidden = false;
    },
  };
}

/**
 * Highlights the search words on a page opened from a search result
 * (?highlight=word), with Pagefind's own highlighter (mark.js inside), loaded
 * only on such visits. Marks go in the indexed content only.
 */
import { BUNDLE, HIGHLIGHT_PARAM } from './pagefind';

type HighlightCtor = new (options: Record<string, unknown>) => unknown;

export async function highlightFromUrl(): Promise<void> {
  const mod = (await import(/* @vite-ignore */ `${BUNDLE}pagefind-highlight.js`)) as { default?: HighlightCtor };
  const PagefindHighlight = mod.default ?? (window as unknown as { PagefindHighlight?: HighlightCtor }).PagefindHighlight;
  if (!PagefindHighlight) return;
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.heading-anchor', '.toc *'],
    },
  });
  // A sub-result link already scrolls to its section; otherwise show the first match.
  if (!location.hash) document.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
}

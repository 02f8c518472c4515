/**
 * <search-page>: the /search/ page (and /ja/search/). The query, filters and sort live in the
 * URL (?q=…&type=…&topic=…&year=…&sort=…): reading it on load, writing it as
 * the reader searches (typing replaces the history entry, a submitted search
 * or a filter change adds one) and following the back and forward buttons.
 * Without JavaScript the element keeps its server-rendered message.
 */
import { sameState, stateFromParams, stateToSearch, type SearchState } from '../lib/search/query';
import { fillText, parseSearchText, type SearchText } from '../lib/search/text';
import { SearchUI, type ChangeReason } from './search/ui';
import { loadSearchStyles } from './search/styles';

const baseTitle = document.title;

function titleFor(state: SearchState, text: SearchText): string {
  const q = state.q.trim();
  return q ? fillText(text.strings['search.titleWithQuery'], { q, title: baseTitle }) : baseTitle;
}

class SearchPage extends HTMLElement {
  async connectedCallback() {
    // The words of the interface, in the page's language, written by the page (search.astro).
    const text = parseSearchText(this.dataset['searchText']);
    if (!text) return;
    await loadSearchStyles();
    const ui = new SearchUI(this, {
      id: 'search-page',
      headingLevel: 2,
      pageSize: 10,
      collapseFilters: false,
      text,
      onChange: (state: SearchState, reason: ChangeReason) => {
        const url = `${location.pathname}${stateToSearch(state)}`;
        const current = stateFromParams(new URLSearchParams(location.search));
        if (sameState(state, current)) return;
        // Typing refines the current entry; a new search (from empty), a submit or a filter adds one.
        if (reason === 'input' && current.q.trim()) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
        document.title = titleFor(state, text);
      },
    });
    const fromUrl = () => {
      const state = stateFromParams(new URLSearchParams(location.search));
      document.title = titleFor(state, text);
      ui.setState(state);
    };
    window.addEventListener('popstate', fromUrl);
    fromUrl();
    if (!ui.getState().q) ui.input.focus();
  }
}

customElements.define('search-page', SearchPage);

/**
 * The URL parameter that carries the search words to a result's page, for
 * highlighting. A module of its own so the header's search button can check
 * for it without loading the Pagefind code.
 */
export const HIGHLIGHT_PARAM = 'highlight';

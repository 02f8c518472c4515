/** Names of the search metadata fields that the build writes and the search UI reads. */

/** The other names a page or glossary term is found under: searched, never shown as the excerpt. */
export const OTHER_NAMES_META = 'aka';

/** An article's glossary terms (with their other names) and topics: what it covers, for ranking. */
export const COVERS_META = 'covers';

/** Names joined as one metadata value (Pagefind keeps one value per key); `splitNames` reads it back. */
export function namesValue(names: readonly string[]): string {
  return names.join(', ');
}

/**
 * What a glossary term's pop-up in running text shows, for one edition, as
 * the JSON file its script fetches on first use (`<edition>/glossary/terms.json`):
 * each term's name and short definition by id, and the pop-up's own words.
 * Kept out of the pages, where every article carried the definitions of its
 * terms; without JavaScript a term is a link to its glossary entry and needs
 * none of this.
 */
import { typographic, type GlossaryTerm } from './glossary';
import type { Language } from './i18n/languages';
import { translator } from './i18n/ui';

export interface GlossaryPopups {
  /** Read out with each term: what activating it does. */
  hint: string;
  /** The text of the link to the full entry. */
  more: string;
  /** id → [name, definition]. */
  terms: Record<string, [string, string]>;
}

export function glossaryPopups(terms: readonly GlossaryTerm[], lang: Language): GlossaryPopups {
  const t = translator(lang);
  return {
    hint: t('glossary.popup.hint'),
    more: t('glossary.popup.more'),
    terms: Object.fromEntries(terms.map((g) => [g.id, [g.term, typographic(g.definition)]])),
  };
}

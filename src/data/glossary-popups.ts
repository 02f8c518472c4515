/** Each edition's glossary pop-up file (src/lib/glossary-popups.ts), from the same terms the Markdown pipeline links. */
import { glossaryPopups } from '../lib/glossary-popups';
import type { Language } from '../lib/i18n/languages';
import { glossaryTermsByLanguage } from './files';

const terms = glossaryTermsByLanguage();

export function glossaryPopupsJson(lang: Language): string {
  return JSON.stringify(glossaryPopups(terms(lang), lang));
}

/**
 * An item as one language's edition shows it: the original's data (dates,
 * category, references) with the translation's text fields over it, and
 * whether that translation is there and up to date. Pure: src/data/translations.ts
 * reads the collections and hashes the originals.
 */
import type { Language } from './i18n/languages';
import { isUpToDate } from './translation-status';

/**
 * - `original`: an English page, the original itself;
 * - `current`: translated from the original as it is now;
 * - `stale`: translated from an older version of the original;
 * - `missing`: not translated yet; the page shows the original's text and says so.
 */
export type TranslationStatus = 'original' | 'current' | 'stale' | 'missing';

/** The status of the `lang` edition of an item whose original's file now hashes to `currentHash`. */
export function translationStatus(lang: Language, translation: { sourceHash: string } | undefined, currentHash: string): TranslationStatus {
  if (lang === 'en') return 'original';
  if (!translation) return 'missing';
  return isUpToDate(translation.sourceHash, currentHash) ? 'current' : 'stale';
}

/**
 * The original's data with the translation's values of `fields` in their
 * place; the original's own data when there is no translation. A field the
 * translation leaves out (an optional one) keeps no English value: the
 * translated page would otherwise mix the two languages.
 */
export function withTranslatedText<D extends object, K extends keyof D>(
  original: D,
  translation: Partial<Pick<D, K>> | undefined,
  fields: readonly K[],
): D {
  if (!translation) return original;
  const out = { ...original };
  for (const field of fields) {
    if (translation[field] === undefined) delete out[field];
    else out[field] = translation[field];
  }
  return out;
}

/**
 * The site's languages. English is the original: its content lives at the
 * top of each content folder and its pages at the root. Each other language
 * is a translation, kept in a folder of its code beside the originals
 * (content/timeline/ja/…) and published under /<code>/.
 */
export const TRANSLATION_LANGUAGES = ['ja'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export type Language = 'en' | TranslationLanguage;
export const LANGUAGES: readonly Language[] = ['en', ...TRANSLATION_LANGUAGES];

export const isTranslationLanguage = (value: string): value is TranslationLanguage =>
  (TRANSLATION_LANGUAGES as readonly string[]).includes(value);

/**
 * The language of a content file from its path: a translation sits in a
 * folder named for its language (`content/timeline/ja/x.md`); any other file
 * is an English original.
 */
export function documentLanguage(path: string | undefined): Language {
  const folder = /[\\/]([a-z]{2})[\\/][^\\/]+$/.exec(path ?? '')?.[1] ?? '';
  return isTranslationLanguage(folder) ? folder : 'en';
}

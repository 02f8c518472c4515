/**
 * The site's languages. English is the original and lives at the root;
 * each other language is a translation, kept in a folder of its code beside
 * the originals (content/timeline/ja/…) and published under /<code>/.
 */
export const TRANSLATION_LANGUAGES = ['ja'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const isTranslationLanguage = (value: string): value is TranslationLanguage =>
  (TRANSLATION_LANGUAGES as readonly string[]).includes(value);

/**
 * Which translations no longer match their original. A translation records
 * the version it translates as `sourceHash`, the first 12 hex digits of the
 * SHA-256 of the original file; an edit of the original changes the hash, so
 * the translation is listed until a translator has caught up and updated it.
 * Pure: the caller hashes the files.
 */
import { parse } from 'yaml';
import { splitFrontmatter } from './content-yaml';

/** How many hex digits of the SHA-256 a translation records. */
export const SOURCE_HASH_LENGTH = 12;

/** True when a translation made from version `sourceHash` still matches its original, whose full SHA-256 is now `currentHash`. */
export const isUpToDate = (sourceHash: string, currentHash: string): boolean => sourceHash === currentHash.slice(0, SOURCE_HASH_LENGTH);

export interface TranslationVersion {
  /** Path of the translation inside the content folder, e.g. `timeline/ja/x.md`. */
  path: string;
  /** Path of its original, e.g. `timeline/x.md`. */
  original: string;
  /** The version the translation says it translates. */
  sourceHash: string;
}

export interface StaleTranslation extends TranslationVersion {
  /** The original's version now. */
  currentHash: string;
}

/** The translations whose original has changed since, in path order. */
export function staleTranslations(
  translations: readonly TranslationVersion[],
  currentHashOf: (original: string) => string | undefined,
): StaleTranslation[] {
  return translations
    .flatMap((t) => {
      const current = currentHashOf(t.original);
      return current !== undefined && !isUpToDate(t.sourceHash, current)
        ? [{ ...t, currentHash: current.slice(0, SOURCE_HASH_LENGTH) }]
        : [];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One warning for the build log, or undefined when every translation is up to date. */
export function staleTranslationReport(stale: readonly StaleTranslation[]): string | undefined {
  if (!stale.length) return undefined;
  const lines = stale.map((s) => `  - ${s.path} translates version ${s.sourceHash} of ${s.original}, which is now ${s.currentHash}`);
  return [
    `Translations behind their original (${stale.length}): bring each up to date and set its sourceHash to the new version.`,
    ...lines,
  ].join('\n');
}

/** The original a translation translates: `timeline/ja/x.md` → `timeline/x.md`. */
export const originalPathOf = (path: string): string => path.replace(/^([^/]+)\/[^/]+\/([^/]+)$/, '$1/$2');

/**
 * The versions the translations among `files` say they translate. Files
 * whose `sourceHash` is missing or unreadable are left to the schema, which
 * names the field.
 */
export function translationVersions(files: ReadonlyArray<{ path: string; text?: string }>): TranslationVersion[] {
  return files.flatMap((f) => {
    if (f.path.split('/').length !== 3 || f.text === undefined || f.path.split('/').pop()?.startsWith('.')) return [];
    const yaml = f.path.endsWith('.md') ? splitFrontmatter(f.text)?.yaml : f.text;
    let data: unknown;
    try {
      data = yaml === undefined ? undefined : parse(yaml);
    } catch {
      return [];
    }
    const sourceHash = data && typeof data === 'object' ? (data as Record<string, unknown>)['sourceHash'] : undefined;
    return typeof sourceHash === 'string' ? [{ path: f.path, original: originalPathOf(f.path), sourceHash }] : [];
  });
}

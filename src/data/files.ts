/**
 * Content read from disk before Astro's collections exist: the Markdown
 * pipeline runs while the collections are being loaded, and it needs the
 * glossary (for remark-glossary) and the places (for the islands map); the
 * search index needs both after the build. Each file is validated with the
 * same schema as its collection (./schemas), so a mistake reads the same
 * wherever it is caught: the file, the field and what is wrong.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { GlossaryTerm } from '../lib/glossary';
import type { MapPlace } from '../lib/geo/islands-map';
import { collectionDir } from './content-dir';
import { glossaryTermSchema, idRefs, placeSchema } from './schemas';
import { glossaryTermTranslationSchema, placeTranslationSchema } from './translation-schemas';
import type { Language } from '../lib/i18n/languages';

const glossarySchema = glossaryTermSchema(idRefs);
export type GlossaryFile = z.infer<typeof glossarySchema> & { id: string };
export type PlaceFile = z.infer<typeof placeSchema> & MapPlace;

/** The .yaml/.yml files of `dir`, sorted (none if the folder does not exist). */
function yamlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort();
}

/** Every YAML file in `dir`, validated by `schema`, with its id (the file name without extension). */
function readYamlDir<S extends z.ZodType>(dir: string, schema: S): Array<z.infer<S> & { id: string }> {
  return yamlFiles(dir).map((name) => {
    const file = join(dir, name);
    const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(the file)'}: ${i.message}`);
      throw new Error(problems.join('\n'));
    }
    return { ...(result.data as object), id: basename(name, extname(name)) } as z.infer<S> & { id: string };
  });
}

export function loadGlossaryTerms(dir = collectionDir('glossary')): GlossaryFile[] {
  return readYamlDir(dir, glossarySchema);
}

export function loadPlaces(dir = collectionDir('places')): PlaceFile[] {
  return readYamlDir(dir, placeSchema);
}

/** The places' translations into `lang` (content/places/<lang>/), by the original's id; none for English. */
export function loadPlaceTranslations(lang: Language, dir = collectionDir('places')): Map<string, z.infer<typeof placeTranslationSchema>> {
  if (lang === 'en') return new Map();
  return new Map(readYamlDir(join(dir, lang), placeTranslationSchema).map((p) => [p.translationOf, p]));
}

/** What changes when a file in `dir` is added, removed or saved. */
function signature(dir: string): string {
  return yamlFiles(dir)
    .map((name) => {
      const { mtimeMs, size } = statSync(join(dir, name));
      return `${name}:${mtimeMs}:${size}`;
    })
    .join('|');
}

/**
 * The glossary as the Markdown pipeline sees it, read again whenever a file
 * in the folder changes: `astro dev` renders with the glossary as it is now,
 * not as it was when the server started. Checking costs one stat per term
 * per rendered document; the files are parsed only after a change.
 */
export function glossaryTermsFollowingEdits(dir = collectionDir('glossary')): () => readonly GlossaryTerm[] {
  let seen: string | undefined;
  let terms: readonly GlossaryTerm[] = [];
  return () => {
    const now = signature(dir);
    if (now !== seen) {
      terms = loadGlossaryTerms(dir);
      seen = now;
    }
    return terms;
  };
}

/**
 * The glossary as the Markdown pipeline sees it in each language, each read
 * again after an edit (see glossaryTermsFollowingEdits): English from the
 * glossary folder, a translation language from its folder inside it, its
 * terms with the original's ids.
 */
export function glossaryTermsByLanguage(dir = collectionDir('glossary')): (lang: Language) => readonly GlossaryTerm[] {
  const english = glossaryTermsFollowingEdits(dir);
  const translated = new Map<Language, { seen: string; terms: readonly GlossaryTerm[] }>();
  return (lang) => {
    if (lang === 'en') return english();
    const folder = join(dir, lang);
    const now = signature(folder);
    let cached = translated.get(lang);
    if (cached?.seen !== now) {
      cached = { seen: now, terms: readYamlDir(folder, glossaryTermTranslationSchema) };
      translated.set(lang, cached);
    }
    return cached.terms;
  };
}

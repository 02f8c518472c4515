/**
 * Articles and events are rendered with the glossary: remark-glossary links
 * the first mention of each term. Astro's glob loader renders an entry again
 * only when its own file changes, so after a glossary edit the stored HTML
 * would keep the old links, in `astro dev` and in any build that reuses the
 * content cache. This wraps a loader so that its entries follow the glossary:
 * when the terms' ids or names differ from the ones the store was rendered
 * with, every entry is rendered again (at the next build, or at once in
 * `astro dev`). Definitions, sources and the rest of an entry are not in the
 * rendered HTML (the pop-ups fetch them), so editing them renders nothing again.
 */
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glossaryNames, type GlossaryTerm } from '../lib/glossary';
import { LANGUAGES, type Language } from '../lib/i18n/languages';
import { glossaryTermsByLanguage } from './files';

const META_KEY = 'glossary-names-digest';

/** A digest of what rendering reads from the glossary (`GlossaryNames`), in every language. */
function glossaryNamesDigest(terms: (lang: Language) => readonly GlossaryTerm[]): string {
  const names = LANGUAGES.map((lang) => terms(lang).map(glossaryNames));
  return createHash('sha256').update(JSON.stringify(names)).digest('hex');
}

/** Drops every entry so the next sync renders it again, and returns the files they came from. */
function forgetAll({ store, config }: LoaderContext): string[] {
  const root = fileURLToPath(config.root);
  const files = [...store.values()].flatMap((e) => (e.filePath ? [resolve(root, e.filePath)] : []));
  store.clear();
  return files;
}

export function followingGlossary(inner: Loader, glossaryDir: string): Loader {
  const dir = resolve(glossaryDir);
  const terms = glossaryTermsByLanguage(dir);
  // An unreadable glossary fails the build through its own collection, with the file named; until it reads again, nothing stored is trusted.
  const digest = () => {
    try {
      return glossaryNamesDigest(terms);
    } catch {
      return '';
    }
  };
  let watching = false;
  return {
    name: inner.name,
    load: async (context) => {
      const now = digest();
      if (!now || context.meta.get(META_KEY) !== now) {
        forgetAll(context);
        context.meta.set(META_KEY, now);
      }
      await inner.load(context);
      const { watcher } = context;
      if (!watcher || watching) return;
      watching = true;
      watcher.on('all', (event, path) => {
        if (!path.startsWith(dir + sep) || !['add', 'change', 'unlink'].includes(event)) return;
        const now = digest();
        if (now && context.meta.get(META_KEY) === now) return;
        context.meta.set(META_KEY, now);
        // The glob loader re-renders a file when the watcher reports it changed.
        for (const file of forgetAll(context)) watcher.emit('change', file);
      });
    },
  };
}

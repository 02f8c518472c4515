/**
 * Articles and events are rendered with the glossary: remark-glossary links
 * the first mention of each term. Astro's glob loader renders an entry again
 * only when its own file changes, so after a glossary edit the stored HTML
 * would keep the old links, in `astro dev` and in any build that reuses the
 * content cache. This wraps a loader so that its entries follow the glossary:
 * when the glossary differs from the one the store was rendered with, every
 * entry is rendered again (at the next build, or at once in `astro dev`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

const META_KEY = 'glossary-digest';

/** A digest of every file in the glossary folder and its translation folders (names and contents). */
function glossaryDigest(dir: string): string {
  const hash = createHash('sha256');
  const visit = (folder: string, prefix: string) => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      // No such folder: the digest of no files.
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && !prefix) visit(path, `${entry.name}/`);
      else if (entry.isFile()) hash.update(`${prefix}${entry.name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  visit(dir, '');
  return hash.digest('hex');
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
  let watching = false;
  return {
    name: inner.name,
    load: async (context) => {
      const digest = glossaryDigest(dir);
      if (context.meta.get(META_KEY) !== digest) {
        forgetAll(context);
        context.meta.set(META_KEY, digest);
      }
      await inner.load(context);
      const { watcher } = context;
      if (!watcher || watching) return;
      watching = true;
      watcher.on('all', (event, path) => {
        if (!path.startsWith(dir + sep) || !['add', 'change', 'unlink'].includes(event)) return;
        const now = glossaryDigest(dir);
        if (context.meta.get(META_KEY) === now) return;
        context.meta.set(META_KEY, now);
        // The glob loader re-renders a file when the watcher reports it changed.
        for (const file of forgetAll(context)) watcher.emit('change', file);
      });
    },
  };
}

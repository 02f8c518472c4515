/**
 * A loader for a folder that may not exist yet: translation folders appear
 * only once the first item of that language is written. Without one there is
 * nothing to load, and Astro's glob loader would warn on every build.
 */
import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

export function ifFolderExists(inner: Loader, dir: string): Loader {
  return {
    name: inner.name,
    load: async (context) => {
      if (existsSync(dir)) return inner.load(context);
      context.store.clear();
    },
  };
}

/**
 * Keeps the content store out of the prerender bundle: the module Astro
 * writes for it holds the whole store as one string literal; this plugin
 * loads it first, as a read of the store's file at run time
 * (src/lib/build/store-module.ts). A unit test fails if Astro changes the
 * module or where it keeps the file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { storeFileModule } from '../lib/build/store-module';

/** The resolved id of Astro's content store module (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where a build keeps the store: `data-store.json` in the cache directory (astro/dist/content/paths.js). */
export const STORE_FILE_NAME = 'data-store.json';

export function storeFromFilePlugin(storeFile: string): Plugin {
  return {
    name: 'site:content-store-from-file',
    // `astro dev` reloads the store module when the store changes; only the build reads the file.
    apply: 'build',
    load: {
      // Before Astro's own loader, which would read, parse and re-serialise the whole store.
      order: 'pre',
      handler(id) {
        // Without a file Astro gives an empty store; let it.
        if (id !== CONTENT_STORE_MODULE_ID || !existsSync(storeFile)) return undefined;
        return { code: storeFileModule(storeFile), map: { mappings: '' } };
      },
    },
  };
}

export default function contentStoreModule(): AstroIntegration {
  return {
    name: 'site:content-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // A chunked store (experimental.collectionStorage) is many files and a manifest: left to Astro.
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        updateConfig({ vite: { plugins: [storeFromFilePlugin(fileURLToPath(new URL(STORE_FILE_NAME, config.cacheDir)))] } });
      },
    },
  };
}

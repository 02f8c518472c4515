/**
 * Keeps the content store quick to load at any size.
 *
 * Astro bundles the content store into the prerender build as the virtual
 * module `astro:data-layer-content`, written as one string literal of the
 * whole store. V8 compiles one huge literal in time that grows with the
 * square of its length (about 60 s for the 240 MB store of 10,000 articles),
 * so this plugin writes the same text as 1 MB pieces joined at run time
 * (src/lib/build/split-json-literal.ts). If Astro changes the module's shape
 * the plugin leaves it alone and warns: the build stays correct, only slower.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { splitJsonParseLiteral } from '../lib/build/split-json-literal';

/** The resolved id of Astro's content store module (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Below this the single literal compiles quickly and is not worth a warning. */
const WARN_ABOVE_BYTES = 8 << 20;

export function splitContentStorePlugin(): Plugin {
  return {
    name: 'site:split-content-store',
    enforce: 'post',
    transform(code, id) {
      if (id !== CONTENT_STORE_MODULE_ID) return undefined;
      const split = splitJsonParseLiteral(code);
      if (split !== undefined) return { code: split, map: { mappings: '' } };
      if (code.length > WARN_ABOVE_BYTES) {
        this.warn(
          `${id.slice(1)} is not "export default JSON.parse(<string>)" any more; left as one literal, which is slow to compile at this size`,
        );
      }
      return undefined;
    },
  };
}

export default function contentStoreModule(): AstroIntegration {
  return {
    name: 'site:content-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [splitContentStorePlugin()] } });
      },
    },
  };
}

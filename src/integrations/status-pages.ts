/**
 * The error page of each edition as `<lang>/404.html`. Astro writes only the
 * root 404 page as a file (404.html) and others as folders (ja/404/index.html),
 * but static hosts look for a 404.html: Cloudflare Pages serves the nearest
 * one up the requested path, Netlify the one a `_redirects` rule names (see
 * the README's Deploying section). A consumer of the pass over the built
 * pages (./built-pages.ts), so it moves the page after every consumer read it.
 */
import { mkdir, rename, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PageConsumer } from './built-pages';

/** "ja/404/index.html" → "ja/404.html"; undefined for any other page. */
export function statusPageTarget(rel: string): string | undefined {
  const m = /^((?:[^/]+\/)+)404\/index\.html$/.exec(rel);
  return m ? `${m[1]}404.html` : undefined;
}

export function statusPages(): PageConsumer {
  const moves: Array<{ from: string; to: string }> = [];
  return {
    name: 'status-pages',
    start() {
      moves.length = 0;
      return Promise.resolve();
    },
    page({ rel }) {
      const to = statusPageTarget(rel);
      if (to) moves.push({ from: rel, to });
      return undefined;
    },
    async finish({ outDir }) {
      for (const { from, to } of moves) {
        await mkdir(dirname(join(outDir, to)), { recursive: true });
        await rename(join(outDir, from), join(outDir, to));
        await rmdir(dirname(join(outDir, from)));
      }
    },
  };
}

// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/markdown/pipeline';
import { searchIndex } from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import contentStoreModule from './src/integrations/content-store-module';
import japaneseFont, { japaneseFontSubset } from './src/integrations/japanese-font';
import builtPages from './src/integrations/built-pages';
import { statusPages } from './src/integrations/status-pages';
import { assertContentGate } from './src/data/content-gate';
import { isMovedEventPage } from './src/lib/redirects';

/** Where the site is deployed. Override for a real domain or a sub-path deploy. */
const site = process.env.SITE_URL ?? 'https://japan-russia-relations.example.org';
const base = process.env.BASE_PATH ?? '/';

// Before anything reads content (the Markdown pipeline reads the glossary just below).
assertContentGate(process.env.CONTENT_DIR ?? './content');

/** Astro hashes the scripts it bundles, not inline ones: hash the theme script ourselves. */
const inlineScriptHashes = ['./src/scripts/theme-init.js', './src/scripts/embed-theme-init.js'].map(
  (file) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(readFileSync(file, 'utf8')).digest('base64')}`),
);

export default defineConfig({
  // The content-error fixture tests build into their own folders so they never touch the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  // With the build cache kept, article and event pages whose content and code are unchanged are copied, not rendered (src/data/page-cache-keys.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    // No code blocks in the content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified(markdownOptions({ base })),
  },
  security: {
    // Astro hashes every script and style it renders; nothing else may run.
    // Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and runs a worker from 'self'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    contentStoreModule(),
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !isMovedEventPage(page),
      // Pages that exist in both editions list each other (/articles/x/ and /ja/articles/x/), as their HTML does.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      // And x-default, the English original, as in the HTML (the integration writes only the languages).
      serialize: (item) => {
        const english = item.links?.find((l) => l.lang === 'en');
        return english ? { ...item, links: [...(item.links ?? []), { url: english.url, lang: 'x-default' }] } : item;
      },
    }),
    japaneseFont(),
    // After the pages are written, one read of each built page for the search index, the font subset and the headers.
    builtPages([
      searchIndex(),
      japaneseFontSubset(),
      // The timeline embed, in each edition, is made to be framed by other sites (src/pages/timeline/embed.astro); nothing else is.
      securityHeaders({
        frames: [
          { path: '/timeline/embed/*', frameAncestors: '*' },
          { path: '/ja/timeline/embed/*', frameAncestors: '*' },
        ],
      }),
      statusPages(),
    ]),
  ],
});

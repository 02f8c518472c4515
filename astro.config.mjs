// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/markdown/pipeline';
import pagefind from './src/integrations/pagefind';

/** Where the site is deployed. Override for a real domain or a sub-path deploy. */
const site = process.env.SITE_URL ?? 'https://japan-russia-relations.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The content-error fixture tests build into their own folders so they never touch the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    processor: unified(markdownOptions({ base })),
  },
  // pagefind last: it indexes the finished output.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
});

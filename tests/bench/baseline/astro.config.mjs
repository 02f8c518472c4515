// The bare baseline for the build benchmark: Astro 7, the unified Markdown
// processor with no plugins of ours, one route, and Pagefind run after the build.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';

export default defineConfig({
  output: 'static',
  markdown: { processor: unified({ remarkPlugins: [remarkDirective] }) },
});

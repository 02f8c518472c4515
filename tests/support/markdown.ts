/** Renders Markdown through the site's real unified pipeline (the one astro.config.mjs uses). */
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions, type PipelineOptions } from '../../src/markdown/pipeline';

export async function renderMarkdown(markdown: string, options: PipelineOptions = {}) {
  const renderer = await unified(markdownOptions(options)).createRenderer({});
  return renderer.render(markdown, { frontmatter: {} });
}

export async function renderHtml(markdown: string, options: PipelineOptions = {}): Promise<string> {
  return (await renderMarkdown(markdown, options)).code;
}

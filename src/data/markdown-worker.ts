/**
 * A worker thread of the Markdown pool (markdown-pool-loader.ts): it builds
 * the site's unified processor once, from the same plugin list as Astro's
 * (src/markdown/pipeline.ts), and renders the files it is sent, as Astro's
 * Markdown renderer does. Node runs this file itself, outside Vite, so the
 * project's modules are loaded with Node's type stripping, and a resolve
 * hook names the `.ts` file of their extensionless imports. Everything it
 * needs comes as plain data (workerData): the glossary terms of each
 * language, the base path, the Markdown settings.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import Tinypool from 'tinypool';
import type { GlossaryNames } from '../lib/glossary';
import type { Language } from '../lib/i18n/languages';
// With its extension: this module has no imports, so it loads before the hook below exists.
import { typeScriptCandidate } from '../lib/markdown-workers.ts';

export interface MarkdownWorkerData {
  base: string;
  glossary: Partial<Record<Language, readonly GlossaryNames[]>>;
  syntaxHighlight: NonNullable<AstroMarkdownOptions['syntaxHighlight']>;
  image: NonNullable<AstroMarkdownOptions['image']>;
}

export interface RenderTask {
  body: string | undefined;
  data: Record<string, unknown>;
  filePath: string | undefined;
}

/** What Astro's renderer gives, or the error's message (the loader logs it as Astro does). */
export type RenderResult = { html: string; metadata: Record<string, unknown> } | { error: string };

registerHooks({
  resolve(specifier, context, next) {
    const candidate = typeScriptCandidate(specifier, context.parentURL);
    if (candidate) {
      try {
        return next(candidate, context);
      } catch {
        // Not a TypeScript module after all: resolve it as written.
      }
    }
    return next(specifier, context);
  },
});

const settings = Tinypool.workerData as MarkdownWorkerData;
const { markdownOptions } = (await import(
  new URL('../markdown/pipeline.ts', import.meta.url).href
)) as typeof import('../markdown/pipeline');
const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
const processor = await createMarkdownProcessor({
  ...markdownOptions({ base: settings.base, glossary: (lang) => settings.glossary[lang] ?? [] }),
  syntaxHighlight: settings.syntaxHighlight,
  image: settings.image,
});

export default async function render({ body, data, filePath }: RenderTask): Promise<RenderResult> {
  try {
    const result = await processor.render(body ?? '', {
      frontmatter: data,
      ...(filePath ? { fileURL: pathToFileURL(filePath) } : {}),
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    return { html: result.code, metadata: { ...result.metadata, imagePaths: localImagePaths.concat(remoteImagePaths) } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Renders a glob loader's Markdown files on every core. Astro's glob loader
 * stays in charge of everything but rendering: it finds the files, parses
 * their frontmatter (so errors keep their lines), validates the data,
 * compares each file's digest with the stored entry's and skips the
 * unchanged ones, stores `{ id, data, filePath, digest, rendered }` and logs a
 * file whose Markdown fails to render. What this changes is the renderer it
 * gets for `.md`: instead of running the unified pipeline on the main thread,
 * one file after another, it hands each file to a pool of worker threads
 * (markdown-worker.ts) running the same pipeline, so a cold build renders
 * one file per core and a warm one renders only what changed.
 *
 * MARKDOWN_WORKERS sets the number of threads (default: one per core; 0 or
 * 1: Astro's own renderer on the main thread, the reference the byte-identity
 * build test compares with). `astro dev` keeps Astro's renderer too: it
 * renders one edited file at a time, where a pool would only add start-up.
 */
import { availableParallelism } from 'node:os';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import Tinypool from 'tinypool';
import { glossaryNames } from '../lib/glossary';
import { LANGUAGES } from '../lib/i18n/languages';
import { workerCount } from '../lib/markdown-workers';
import { glossaryTermsByLanguage } from './files';
import type { MarkdownWorkerData, RenderResult, RenderTask } from './markdown-worker';

/**
 * The context Astro gives loaders holds, beside the documented fields, the
 * entry types by extension, which the glob loader asks for its renderer.
 */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** Old-generation heap of each worker, in MB. */
const WORKER_HEAP_MB = 192;

/** One pool for the collections that load at once; closed when the last of them is done. */
let pool: Tinypool | undefined;
let loading = 0;

function workerData(config: LoaderContext['config']): MarkdownWorkerData {
  const terms = glossaryTermsByLanguage();
  return {
    // As astro.config.mjs gives it to the pipeline.
    base: process.env['BASE_PATH'] ?? '/',
    glossary: Object.fromEntries(LANGUAGES.map((lang) => [lang, terms(lang).map(glossaryNames)])),
    syntaxHighlight: config.markdown.syntaxHighlight as MarkdownWorkerData['syntaxHighlight'],
    image: { domains: config.image.domains, remotePatterns: config.image.remotePatterns } as MarkdownWorkerData['image'],
  };
}

function poolFor(config: LoaderContext['config'], threads: number): Tinypool {
  pool ??= new Tinypool({
    // From the project root: this module is bundled by Vite, the worker is run by Node as it is.
    filename: new URL('src/data/markdown-worker.ts', config.root).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: workerData(config),
    // Without a limit V8 lets each worker's heap grow long before it collects: a 1,000-article build
    // peaked at 2.31 GB, with 256 MB at 1.98 GB, with 160 at 1.88 GB, in the same time. A file needs a few MB.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return pool;
}

function pooledRenderer(config: LoaderContext['config'], threads: number, rendered: { count: number }): ContentEntryRenderFunction {
  return async ({ body, data, filePath }) => {
    const task: RenderTask = { body, data, filePath };
    const result = (await poolFor(config, threads).run(task)) as RenderResult;
    if ('error' in result) throw new Error(result.error);
    rendered.count++;
    return result;
  };
}

/** `inner` (a glob loader) with its Markdown rendered in worker threads. */
export function renderingInWorkers(inner: Loader, setting = process.env['MARKDOWN_WORKERS']): Loader {
  return {
    name: inner.name,
    load: async (context: GlobContext) => {
      const threads = workerCount(setting, availableParallelism());
      if (threads === 0 || context.watcher) return inner.load(context);
      const markdown = context.entryTypes?.get('.md');
      if (!context.entryTypes || !markdown?.getRenderFunction) {
        context.logger.warn('Markdown rendered on the main thread: this Astro gives loaders no Markdown entry type to replace');
        return inner.load(context);
      }
      const rendered = { count: 0 };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', { ...markdown, getRenderFunction: () => Promise.resolve(pooledRenderer(context.config, threads, rendered)) });
      loading++;
      try {
        const pooled: GlobContext = { ...context, entryTypes };
        await inner.load(pooled);
      } finally {
        loading--;
        if (loading === 0 && pool) {
          const done = pool;
          pool = undefined;
          await done.destroy();
        }
      }
      if (rendered.count > 0) context.logger.info(`${rendered.count} Markdown entries rendered in ${threads} worker threads`);
    },
  };
}

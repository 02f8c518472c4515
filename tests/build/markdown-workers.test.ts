/**
 * Markdown rendered in worker threads (src/data/markdown-pool-loader.ts)
 * gives the very same site as Astro's renderer on the main thread: the
 * fixture site, with an article that uses every plugin, is built both ways
 * and every file of dist/ compared byte for byte. Then the worker build is
 * built again with its cache kept: nothing is rendered when nothing changed
 * or only a glossary definition did, one entry after one edit, and every
 * entry after a glossary term is renamed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, filesUnder, type BuildResult } from '../support/build-env';

const work = mkdtempSync(join(tmpdir(), 'markdown-workers-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EVERY_PLUGIN = `---
title: "Every plugin"
description: "An article that runs every plugin of the pipeline, so both renderers are compared on all of them."
published: 2026-11-28
kind: explainer
topics: [kuril-islands]
byline: Fixture
---

The Sample term, in a paragraph with a source.[^source] And "quotes" -- smartened, and a [site link](/timeline/).

## A heading

:::note[A box]
Inside a box, with [an external link](https://example.org/elsewhere).
:::

A word :sic[Moscw]{correct="Moscow"} as written, and <abbr title="Example">EX</abbr> in HTML.

::islands-map

| A | B |
| - | - |
| 1 | 2 |

[^source]: Example publisher, "Example source", 2026-11-27. <https://example.org/source>
`;

/** Builds the fixture into `<key>-dist`, with its cache in `<key>-cache`. */
const build = (key: string, env: Record<string, string>): Promise<BuildResult> =>
  astroBuild({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, `${key}-cache`), ASTRO_OUT_DIR: join(work, `${key}-dist`), ...env });

/** The entries the worker threads rendered, from the loader's log lines. */
const renderedInWorkers = (output: string) =>
  [...output.matchAll(/(\d+) Markdown entries rendered in (\d+) worker threads/g)].reduce((sum, m) => sum + Number(m[1]), 0);

let workers: BuildResult;
let mainThread: BuildResult;

beforeAll(async () => {
  cpSync('tests/fixtures/content-valid', content, { recursive: true });
  writeFileSync(join(content, 'articles/every-plugin.md'), EVERY_PLUGIN);
  // One after the other: each build already uses every core.
  workers = await build('workers', { MARKDOWN_WORKERS: '2' });
  mainThread = await build('main', { MARKDOWN_WORKERS: '0' });
}, 300_000);

describe('Markdown rendered in worker threads', () => {
  it('builds the same dist/ as the main thread, byte for byte', () => {
    expect(workers.code, workers.output).toBe(0);
    expect(mainThread.code, mainThread.output).toBe(0);
    // Every Markdown entry (2 articles, 3 events, 6 topics, and the translations of an event and a topic) went through the pool, none in the reference build.
    expect(renderedInWorkers(workers.output)).toBe(13);
    expect(renderedInWorkers(mainThread.output)).toBe(0);
    const a = filesUnder(join(work, 'workers-dist'));
    const b = filesUnder(join(work, 'main-dist'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    // The article did run the plugins: the glossary link, the box and the map are in its page.
    const page = a.get(join('articles', 'every-plugin', 'index.html'))!.toString();
    expect(page).toContain('data-term="sample-term"');
    expect(page).toContain('class="callout');
    expect(page).toContain('class="islands-map__svg"');
  });

  it('renders nothing again when nothing changed or a definition changed, one entry after one edit, all after a term is renamed', async () => {
    const warm = await build('workers', { MARKDOWN_WORKERS: '2' });
    expect(warm.code, warm.output).toBe(0);
    expect(renderedInWorkers(warm.output)).toBe(0);

    const article = join(content, 'articles/sample-article.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace(
        'A paragraph that the sample event points at.',
        'A paragraph that the sample event points at, edited.',
      ),
    );
    const edited = await build('workers', { MARKDOWN_WORKERS: '2' });
    expect(edited.code, edited.output).toBe(0);
    expect(renderedInWorkers(edited.output)).toBe(1);
    expect(readFileSync(join(work, 'workers-dist/articles/sample-article/index.html'), 'utf8')).toContain('points at, edited.');

    // A definition is not in the rendered HTML (the pop-up fetches it): nothing is rendered again.
    const term = join(content, 'glossary/sample-term.yaml');
    writeFileSync(term, readFileSync(term, 'utf8').replace('A sample definition, long enough', 'An edited sample definition, long enough'));
    const definition = await build('workers', { MARKDOWN_WORKERS: '2' });
    expect(definition.code, definition.output).toBe(0);
    expect(renderedInWorkers(definition.output)).toBe(0);
    expect(readFileSync(join(work, 'workers-dist/glossary/terms.json'), 'utf8')).toContain('An edited sample definition');

    // A term's name is: every entry is rendered again, and the link now covers the new name only.
    writeFileSync(term, readFileSync(term, 'utf8').replace('term: Sample term', 'term: Sample'));
    const renamed = await build('workers', { MARKDOWN_WORKERS: '2' });
    expect(renamed.code, renamed.output).toBe(0);
    expect(renderedInWorkers(renamed.output)).toBe(13);
    expect(readFileSync(join(work, 'workers-dist/articles/every-plugin/index.html'), 'utf8')).toContain(
      'class="gloss-term__link">Sample</a></gloss-term> term,',
    );
  }, 300_000);
});

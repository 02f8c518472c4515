/**
 * followingGlossary: articles and events are rendered again when the names
 * of the glossary they were rendered with change (at the next sync, or at
 * once when `astro dev` watches the files), and only then: a definition is not
 * in the rendered HTML.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { followingGlossary } from '../../src/data/glossary-aware-loader';

const root = mkdtempSync(join(tmpdir(), 'glossary-loader-'));
const glossary = join(root, 'content/glossary');
mkdirSync(glossary, { recursive: true });
/** A valid glossary file. */
const term = (name: string, { aliases = [] as string[], definition = `${name}, an island of the southern Kurils.` } = {}) =>
  [
    `term: ${name}`,
    `aliases: [${aliases.join(', ')}]`,
    `definition: "${definition}"`,
    'sources:',
    '  - publisher: "Example publisher"',
    '    title: "Example source"',
    '    url: "https://example.org/source"',
    '',
  ].join('\n');
writeFileSync(join(glossary, 'iturup.yaml'), term('Iturup'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Just enough of Astro's loader context: a store, a meta store and optionally a watcher. */
function fakeContext(watcher?: EventEmitter) {
  const entries = new Map<string, { id: string; filePath: string }>();
  const meta = new Map<string, string>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      values: () => [...entries.values()],
      clear: () => entries.clear(),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
    watcher,
  };
  return { context: context as unknown as LoaderContext, entries };
}

/** A loader that stores one entry per call, as if it had rendered the article. */
function countingLoader(entries: Map<string, { id: string; filePath: string }>) {
  let renders = 0;
  const loader: Loader = {
    name: 'counting',
    load: () => {
      if (!entries.has('a')) {
        renders++;
        entries.set('a', { id: 'a', filePath: 'content/articles/a.md' });
      }
      return Promise.resolve();
    },
  };
  return { loader, renders: () => renders };
}

describe('followingGlossary', () => {
  it('keeps the stored entries while the glossary is unchanged, and drops them when it changes', async () => {
    const { context, entries } = fakeContext();
    const inner = countingLoader(entries);
    const loader = followingGlossary(inner.loader, glossary);
    await loader.load(context);
    await loader.load(context);
    expect(inner.renders()).toBe(1);
    writeFileSync(join(glossary, 'iturup.yaml'), term('Iturup', { aliases: ['Etorofu'] }));
    await loader.load(context);
    expect(inner.renders()).toBe(2);
  });

  it('keeps the stored entries when only a definition changes', async () => {
    const { context, entries } = fakeContext();
    const inner = countingLoader(entries);
    const loader = followingGlossary(inner.loader, glossary);
    await loader.load(context);
    writeFileSync(join(glossary, 'iturup.yaml'), term('Iturup', { aliases: ['Etorofu'], definition: 'The largest of the four islands.' }));
    await loader.load(context);
    expect(inner.renders()).toBe(1);
    expect(entries.size).toBe(1);
  });

  it('renders again while the glossary cannot be read, and once more when it can', async () => {
    const { context, entries } = fakeContext();
    const inner = countingLoader(entries);
    const loader = followingGlossary(inner.loader, glossary);
    await loader.load(context);
    writeFileSync(join(glossary, 'broken.yaml'), 'term: [\n');
    await loader.load(context);
    expect(inner.renders()).toBe(2);
    rmSync(join(glossary, 'broken.yaml'));
    await loader.load(context);
    expect(inner.renders()).toBe(3);
    await loader.load(context);
    expect(inner.renders()).toBe(3);
  });

  it('in astro dev, reports every entry as changed when a glossary file changes', async () => {
    const watcher = new EventEmitter();
    const { context, entries } = fakeContext(watcher);
    const loader = followingGlossary(countingLoader(entries).loader, glossary);
    await loader.load(context);
    const changed: string[] = [];
    watcher.on('change', (file: string) => changed.push(file));
    // A file elsewhere is not the glossary's business.
    watcher.emit('all', 'change', join(root, 'content/articles/a.md'));
    expect(changed).toEqual([]);
    writeFileSync(join(glossary, 'kunashir.yaml'), term('Kunashir'));
    watcher.emit('all', 'add', join(glossary, 'kunashir.yaml'));
    expect(changed).toEqual([join(root, 'content/articles/a.md')]);
    expect(entries.size).toBe(0);
  });
});

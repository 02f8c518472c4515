/**
 * Incremental static builds (`experimental.incrementalBuild`, with the page
 * keys of src/data/page-cache-keys.ts): with the build cache kept, article
 * and event pages whose content did not change are copied from the cache,
 * and the site is the very same, byte for byte, as a build of the same
 * content from nothing. Each warm build of the fixture site is compared
 * with a cold one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, differingFiles, type BuildResult } from '../support/build-env';

const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync('tests/fixtures/content-valid', content, { recursive: true });

/** Builds the fixture with the cache `<key>-cache` kept from build to build (a cold build: a new key). */
const build = async (key: string): Promise<BuildResult> => {
  const result = await astroBuild({
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(work, `${key}-cache`),
    ASTRO_OUT_DIR: join(work, `${key}-dist`),
  });
  expect(result.code, result.output).toBe(0);
  return result;
};
let cold = 0;
/** A build from nothing of the content as it is now, into its own folder. */
const coldBuild = () => build(`cold-${++cold}`).then(() => join(work, `cold-${cold}-dist`));

/** The pages a build copied from its cache instead of rendering them. */
const restored = (output: string) => [...output.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!).sort();

const edit = (file: string, from: string, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

/** The fixture's keyed pages: one article and three events, in both editions. */
const ARTICLE = ['/articles/sample-article/index.html', '/ja/articles/sample-article/index.html'];
const EVENT_NAMING_IT = ['/timeline/1993-10-13-sample-event/index.html', '/ja/timeline/1993-10-13-sample-event/index.html'];
const OTHER_EVENTS = ['1855-02-07-second-sample-event', '2022-03-21-third-sample-event'].flatMap((id) => [
  `/timeline/${id}/index.html`,
  `/ja/timeline/${id}/index.html`,
]);

describe('incremental builds', () => {
  it('copy unchanged pages from the cache and build the same site as a cold build', async () => {
    const first = await build('kept');
    expect(restored(first.output)).toEqual([]);

    // Nothing changed: every keyed page comes from the cache.
    const again = await build('kept');
    expect(restored(again.output)).toEqual([...ARTICLE, ...EVENT_NAMING_IT, ...OTHER_EVENTS].sort());
    expect(differingFiles(join(work, 'kept-dist'), await coldBuild())).toEqual([]);

    // One article's text: its pages and the page of the event that quotes it are rendered again, no other.
    edit(
      'articles/sample-article.md',
      'A paragraph that the sample event points at.',
      'A paragraph that the sample event points at, edited.',
    );
    const edited = await build('kept');
    expect(restored(edited.output)).toEqual([...OTHER_EVENTS].sort());
    expect(readFileSync(join(work, 'kept-dist/articles/sample-article/index.html'), 'utf8')).toContain('points at, edited.');
    expect(differingFiles(join(work, 'kept-dist'), await coldBuild())).toEqual([]);

    // An event's title is shown on other pages (the article's related events, the neighbours' links): every page is rendered again.
    edit('timeline/2022-03-21-third-sample-event.md', 'title: "', 'title: "Edited: ');
    const retitled = await build('kept');
    expect(restored(retitled.output)).toEqual([]);
    expect(differingFiles(join(work, 'kept-dist'), await coldBuild())).toEqual([]);
  }, 600_000);
});

/**
 * A deploy under a sub-path: `BASE_PATH=/some/path/ npm run build` must give a
 * site where every link, asset, feed and sitemap entry works under that path.
 * Builds into a temporary folder, serves it only under the sub-path, crawls it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env';
import { crawl } from '../support/crawl';
import { serveStatic, type StaticServer } from '../support/static-server';

const BASE = '/some/path/';
const work = mkdtempSync(join(tmpdir(), 'subpath-'));
const outDir = join(work, 'dist');
let server: StaticServer;

beforeAll(async () => {
  const r = spawnSync('npx', ['astro', 'build'], {
    env: buildEnv({ BASE_PATH: BASE, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`sub-path build failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveStatic({ root: outDir, base: BASE });
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`a build under ${BASE}`, () => {
  it('has every page, asset and fragment reachable under the sub-path', async () => {
    const locs = [...readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(loc.startsWith(BASE), loc).toBe(true);
    const start = locs.map((p) => new URL(p, server.url).href);
    const { pages, problems } = await crawl(start, { base: BASE });
    expect(problems).toEqual([]);
    expect(pages.size).toBeGreaterThanOrEqual(locs.length);
  });

  it('links the feed and its items under the sub-path', async () => {
    const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.length).toBeGreaterThan(1);
    for (const l of links) expect(l.startsWith(BASE), l).toBe(true);
    const home = await fetch(server.url).then((r) => r.text());
    expect(home).toContain(`href="${BASE}rss.xml"`);
  });

  it('serves nothing at the root', async () => {
    const res = await fetch(new URL('/', server.url));
    expect(res.status).toBe(404);
  });
});

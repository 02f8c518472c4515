/**
 * The shared pass over the built pages (src/integrations/built-pages.ts):
 * every page read once and seen by every consumer, in groups, a consumer's
 * new text written back, cleanup whatever happens; and the security-headers
 * consumer on its own: each page's meta tag lists its own inline code's
 * hashes, and `_headers` the union of them all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runPagePass, type BuiltPage, type PageConsumer } from '../../src/integrations/built-pages';
import securityHeaders from '../../src/integrations/security-headers';

vi.mock('node:fs/promises', { spy: true });

const work = mkdtempSync(join(tmpdir(), 'built-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

/** The inline script of a page marked `name`, and its hash as a policy source. */
const code = (name: string) => `window.${name} = 1;`;
const sha = (name: string) => `'sha256-${createHash('sha256').update(code(name)).digest('base64')}'`;
const page = (title: string, name: string) =>
  `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self' ${sha(name)}"><title>${title}</title></head><body><p>${title}</p><script>${code(name)}</script></body></html>`;

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), html);
  }
  return dir;
}

const fivePages = {
  'index.html': page('Home', 'a'),
  'articles/one/index.html': page('One', 'b'),
  'articles/two/index.html': page('Two', 'a'),
  'timeline/three/index.html': page('Three', 'c'),
  '404.html': page('Missing', 'a'),
  // Pagefind's own bundle is not a page.
  'pagefind/playground/index.html': page('Playground', 'z'),
};

function recorder(): PageConsumer & { seen: BuiltPage[]; groups: number[]; events: string[] } {
  const seen: BuiltPage[] = [];
  const groups: number[] = [];
  const events: string[] = [];
  return {
    name: 'recorder',
    seen,
    groups,
    events,
    start: () => {
      events.push('start');
      return Promise.resolve();
    },
    page: (p) => {
      seen.push(p);
      return undefined;
    },
    groupDone: (g) => {
      groups.push(g);
      return Promise.resolve();
    },
    finish: () => {
      events.push('finish');
      return Promise.resolve();
    },
    cleanup: () => {
      events.push('cleanup');
      return Promise.resolve();
    },
  };
}

describe('the shared pass over the built pages', () => {
  it('reads each page once and shows it to every consumer, in groups', async () => {
    const dir = site('once', fivePages);
    const a = recorder();
    const b = recorder();
    const readFile = vi.mocked(fs.readFile);
    readFile.mockClear();
    await runPagePass({ outDir: dir, root: dir, base: '/', logger }, [a, b], { groupSize: 2, concurrency: 2 });
    const reads = readFile.mock.calls.map(([f]) => (typeof f === 'string' ? f : 'not a path'));
    expect(reads.sort()).toEqual(
      Object.keys(fivePages)
        .filter((r) => !r.startsWith('pagefind'))
        .map((r) => join(dir, r))
        .sort(),
    );
    for (const c of [a, b]) {
      expect(c.seen.map((p) => p.rel).sort()).toEqual([
        '404.html',
        'articles/one/index.html',
        'articles/two/index.html',
        'index.html',
        'timeline/three/index.html',
      ]);
      expect(c.groups).toEqual([0, 1, 2]);
      expect(c.events).toEqual(['start', 'finish', 'cleanup']);
    }
    // Both saw the same text, the page as built.
    expect(a.seen.map((p) => p.html).sort()).toEqual(b.seen.map((p) => p.html).sort());
    expect(a.seen.find((p) => p.rel === 'index.html')?.html).toBe(fivePages['index.html']);
  });

  it('writes back the text a consumer returns, and cleans up after a failure', async () => {
    const dir = site('rewrite', fivePages);
    const upper: PageConsumer = { name: 'upper', page: ({ html }) => html.replace('<p>', '<p class="x">') };
    await runPagePass({ outDir: dir, root: dir, base: '/', logger }, [upper]);
    expect(readFileSync(join(dir, 'articles/one/index.html'), 'utf8')).toContain('<p class="x">One</p>');

    const failing = recorder();
    failing.page = () => {
      throw new Error('broken consumer');
    };
    await expect(runPagePass({ outDir: dir, root: dir, base: '/', logger }, [failing])).rejects.toThrow('broken consumer');
    expect(failing.events).toEqual(['start', 'cleanup']);
  });

  it('refuses a group size that would never finish', async () => {
    await expect(runPagePass({ outDir: work, root: work, base: '/', logger }, [], { groupSize: 0 })).rejects.toThrow(/whole number/);
  });
});

describe('security headers in the pass', () => {
  it('gives each page its own hashes and writes one _headers rule with all of them for the base', async () => {
    const dir = site('headers', fivePages);
    await runPagePass({ outDir: dir, root: dir, base: '/news/', logger }, [
      securityHeaders({ frames: [{ path: '/embed/*', frameAncestors: '*' }] }),
    ]);
    const own = { 'index.html': 'a', 'articles/one/index.html': 'b', 'timeline/three/index.html': 'c', '404.html': 'a' };
    for (const [rel, name] of Object.entries(own)) {
      expect(readFileSync(join(dir, rel), 'utf8')).toContain(`content="script-src 'self' ${sha(name)}"`);
    }
    // Only the built pages: Pagefind's bundle is left alone.
    expect(readFileSync(join(dir, 'pagefind/playground/index.html'), 'utf8')).toBe(fivePages['pagefind/playground/index.html']);
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/news\/\*\n/);
    const policy = /^ {2}Content-Security-Policy: script-src 'self' (.*); frame-ancestors 'none'$/m.exec(headers)?.[1]?.split(' ');
    expect(policy?.sort()).toEqual([sha('a'), sha('b'), sha('c')].sort());
    expect(headers).toContain('/news/embed/*');
  });
});

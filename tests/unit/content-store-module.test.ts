import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { splitJsonParseLiteral } from '../../src/lib/build/split-json-literal';
import { CONTENT_STORE_MODULE_ID, splitContentStorePlugin } from '../../src/integrations/content-store-module';

/** What Astro emits for the content store: one JSON.parse of one string literal. */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;
/** Runs a module of that shape and returns its default export. */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- running generated module text is what this test is for
const evaluate = (code: string): unknown => (new Function(code.replace(/^export default /, 'return ')) as () => unknown)();
const literals = (code: string) => code.split('\n').filter((line) => line.startsWith('"'));

describe('splitJsonParseLiteral', () => {
  const store = JSON.stringify([{ title: 'Iturup / Etorofu — “quoted”', note: 'line\nbreak \u2028 tab\t back\\slash', emoji: '🗾🗾🗾' }]);

  it('exports exactly the same value, in pieces no longer than asked', () => {
    for (const piece of [2, 3, 7, 16, 50]) {
      const code = splitJsonParseLiteral(astroModule(store), piece);
      expect(code, `piece ${piece}`).toBeDefined();
      expect(evaluate(code!)).toEqual(JSON.parse(store));
      const parts = literals(code!).map((l) => JSON.parse(l.replace(/,$/, '')) as string);
      expect(parts.join('')).toBe(store);
      expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(piece);
      expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(store.length / piece));
    }
  });

  it('never cuts a surrogate pair in two', () => {
    const text = JSON.stringify('a🗾b🗾🗾c');
    for (const piece of [2, 3, 4, 5]) {
      const parts = literals(splitJsonParseLiteral(astroModule(text), piece)!).map((l) => JSON.parse(l.replace(/,$/, '')) as string);
      for (const p of parts) expect(p, `piece ${piece}`).toBe(p.toWellFormed());
      expect(parts.join('')).toBe(text);
    }
  });

  it('leaves other shapes and short literals alone', () => {
    expect(splitJsonParseLiteral(astroModule('[1,2]'))).toBeUndefined();
    expect(splitJsonParseLiteral('export default new Map()', 2)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse(someVariable)', 2)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse("unterminated)', 2)).toBeUndefined();
    expect(splitJsonParseLiteral(`export default{"articles":[(await import("x"))]}`, 2)).toBeUndefined();
  });

  it('rejects a piece length that cannot hold a surrogate pair', () => {
    expect(() => splitJsonParseLiteral(astroModule('[1]'), 1)).toThrow(/pieceLength/);
  });
});

describe('split-content-store Vite plugin', () => {
  const transform = (code: string, id: string, warn = vi.fn()) =>
    (splitContentStorePlugin().transform as (this: unknown, code: string, id: string) => { code: string } | undefined).call(
      { warn },
      code,
      id,
    );
  const big = astroModule(JSON.stringify({ body: 'x'.repeat(3 << 20) }));

  it('rewrites only the content store module', () => {
    expect(transform(big, CONTENT_STORE_MODULE_ID)?.code).toMatch(/^export default JSON\.parse\(\[\n"/);
    expect(evaluate(transform(big, CONTENT_STORE_MODULE_ID)!.code)).toEqual(evaluate(big));
    expect(transform(big, '/src/pages/index.astro')).toBeUndefined();
  });

  it('warns when a large store module has a shape it does not know', () => {
    const warn = vi.fn();
    expect(transform(`export default ${'1+'.repeat(5 << 20)}1`, CONTENT_STORE_MODULE_ID, warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/astro:data-layer-content is not/));
  });

  it('matches the module Astro writes for a single-file store (fails if Astro changes it)', () => {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const source = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(source).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    const consts = readFileSync(join(astroDir, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });
});

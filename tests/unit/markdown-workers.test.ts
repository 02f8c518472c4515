/** The pure parts of the Markdown worker pool: the number of threads and the worker's `.ts` resolution. */
import { describe, expect, it } from 'vitest';
import { typeScriptCandidate, workerCount } from '../../src/lib/markdown-workers';

describe('workerCount', () => {
  it('uses one thread per core when MARKDOWN_WORKERS is unset, none on one core', () => {
    expect(workerCount(undefined, 4)).toBe(4);
    expect(workerCount('', 2)).toBe(2);
    expect(workerCount(undefined, 1)).toBe(0);
  });

  it('takes a set number, 0 and 1 meaning the main thread', () => {
    expect(workerCount('3', 8)).toBe(3);
    expect(workerCount('1', 8)).toBe(0);
    expect(workerCount('0', 8)).toBe(0);
  });

  it('refuses what is not a whole number of threads', () => {
    expect(() => workerCount('two', 2)).toThrow(/MARKDOWN_WORKERS must be a whole number.*"two"/);
    expect(() => workerCount('-1', 2)).toThrow(/MARKDOWN_WORKERS/);
    expect(() => workerCount('1.5', 2)).toThrow(/MARKDOWN_WORKERS/);
  });
});

describe('typeScriptCandidate', () => {
  const parent = 'file:///site/src/markdown/pipeline.ts';
  it('names the .ts file of a relative import without an extension from a TypeScript module', () => {
    expect(typeScriptCandidate('./remark-sic', parent)).toBe('./remark-sic.ts');
    expect(typeScriptCandidate('../data/files', parent)).toBe('../data/files.ts');
  });

  it('leaves packages, named files and imports from JavaScript as they are', () => {
    expect(typeScriptCandidate('unist-util-visit', parent)).toBeUndefined();
    expect(typeScriptCandidate('node:fs', parent)).toBeUndefined();
    expect(typeScriptCandidate('./x.ts', parent)).toBeUndefined();
    expect(typeScriptCandidate('./x.js', parent)).toBeUndefined();
    expect(typeScriptCandidate('./data.json', parent)).toBeUndefined();
    expect(typeScriptCandidate('./y', 'file:///site/node_modules/p/index.js')).toBeUndefined();
    expect(typeScriptCandidate('./y', undefined)).toBeUndefined();
  });
});

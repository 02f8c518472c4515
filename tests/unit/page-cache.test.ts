import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYED_IN_FULL } from '../../src/lib/page-cache';

/** The collection names src/content.config.ts exports, read from its `collections` object. */
function configuredCollections(): string[] {
  const source = readFileSync('src/content.config.ts', 'utf8');
  const body = /export const collections = \{([^}]*)\}/.exec(source)?.[1];
  if (body === undefined) throw new Error('src/content.config.ts: no `export const collections = { … }`');
  return body
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

describe('the collections the incremental build keys', () => {
  it('cover every collection: the articles and their translations by page, every other one in full', () => {
    const collections = configuredCollections();
    expect(collections.length).toBeGreaterThanOrEqual(12);
    expect([...KEYED_IN_FULL, 'articles', 'articlesJa'].sort()).toEqual([...collections].sort());
  });
});

/**
 * Where the content lives, decided once for the whole build: `CONTENT_DIR`
 * (the fixture builds point it at deliberately broken content) or
 * `./content`, relative to the project root.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

/** Absolute path of one collection's folder, e.g. `collectionDir('glossary')`. */
export function collectionDir(
  collection: 'articles' | 'timeline' | 'glossary' | 'places' | 'topics' | 'about',
  root = process.cwd(),
): string {
  return resolve(root, CONTENT_DIR, collection);
}

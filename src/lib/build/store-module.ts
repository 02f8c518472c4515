/**
 * The content store module of the prerender build, written to read the
 * store's file when that build runs, in place of the module Astro writes:
 * `export default JSON.parse("<the whole store>")`.
 *
 * Why: at 10,000 articles the store is about 160 MB. Astro reads it, parses
 * it to check it and writes it out again as one string literal, which the
 * bundler then parses and V8 compiles in time that grows with the square of
 * its length. That step was the build's peak of memory (4.2 GB, against 1.4
 * GB while the Markdown was rendered and 3.4 GB while the pages were
 * indexed) and took 19 s. The prerender build runs on the machine that built
 * the store, right after, so the file is there; it is never part of dist/.
 */
export function storeFileModule(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

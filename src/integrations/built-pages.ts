/** The HTML pages of a finished build, for the integrations that post-process it. */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every .html file under `outDir`, sorted, leaving out Pagefind's own bundle. */
export async function builtHtmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(outDir, f).startsWith('pagefind'))
    .sort();
}

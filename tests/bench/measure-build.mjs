#!/usr/bin/env node
/**
 * Builds the Astro project in the current directory in this process and
 * prints one JSON line: wall time, peak resident memory of this process
 * (Pagefind's indexer runs as a child binary and is not included, for either
 * site) and the size of dist/. With --pagefind it also indexes dist/ with
 * Pagefind's Node API, as the bare baseline has no integration for it.
 */
import { build } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const started = performance.now();
// A cache of its own: Astro keeps the content store in node_modules/.astro by
// default, and the copies share node_modules (a symlink), so one build could
// reuse another's rendered Markdown.
await build({ root: process.cwd(), cacheDir: join(process.cwd(), '.astro-cache'), logLevel: 'error' });
if (process.argv.includes('--pagefind')) {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: 'dist' });
  await index.writeFiles({ outputPath: 'dist/pagefind' });
  await pagefind.close();
}
const ms = performance.now() - started;

function du(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const d = du(p);
      bytes += d.bytes;
      files += d.files;
    } else {
      bytes += statSync(p).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const out = du('dist');
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    distMB: +(out.bytes / 1048576).toFixed(1),
    files: out.files,
  }),
);

/**
 * Writes dist/_headers after the build: every page's own CSP as an HTTP
 * header plus the common security headers (see src/lib/security-headers.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers';
import { builtHtmlFiles } from './built-pages';


/** dist/articles/x/index.html → /base/articles/x/ ; dist/404.html → /base/404.html */
function urlPath(file: string, outDir: string, base: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  const path = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base.replace(/\/?$/, '/')}${path}`;
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await builtHtmlFiles(outDir);
        const pages = await Promise.all(files.map(async (f) => [urlPath(f, outDir, base), await readFile(f, 'utf8')] as const));
        await writeFile(join(outDir, '_headers'), headersFile(pages, base));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}

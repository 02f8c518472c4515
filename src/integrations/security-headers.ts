/**
 * After the build: gives every page the same Content-Security-Policy (the
 * union of the per-page policies Astro wrote) in its meta tag, and writes
 * dist/_headers with that policy for every path, 404 included (see
 * src/lib/security-headers.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaCsp, setMetaCsp, unionCsp, type FrameRule } from '../lib/security-headers';
import { builtHtmlFiles } from './built-pages';

export interface SecurityHeadersOptions {
  /**
   * Paths (from the site root, without the base: `/timeline/embed/*`) that
   * other sites may frame, with their frame-ancestors sources. Every other
   * path keeps `frame-ancestors 'none'`.
   */
  frames?: readonly FrameRule[];
}

export default function securityHeaders({ frames = [] }: SecurityHeadersOptions = {}): AstroIntegration {
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
        const policies = new Set<string>();
        for (const file of files) {
          const policy = metaCsp(await readFile(file, 'utf8'));
          if (policy) policies.add(policy);
        }
        const policy = policies.size ? unionCsp([...policies]) : undefined;
        let rewritten = 0;
        if (policy && policies.size > 1) {
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            const next = setMetaCsp(html, policy);
            if (next !== html) {
              await writeFile(file, next);
              rewritten++;
            }
          }
        }
        const underBase = frames.map((f) => ({ ...f, path: `${base.replace(/\/+$/, '')}${f.path}` }));
        await writeFile(join(outDir, '_headers'), headersFile(policy, base, underBase));
        logger.info(
          `_headers written: one site-wide policy from ${policies.size} page policies (${rewritten} pages' meta tags updated to it)`,
        );
      },
    },
  };
}

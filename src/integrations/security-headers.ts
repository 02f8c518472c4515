/**
 * After the build: writes dist/_headers with one Content-Security-Policy for
 * every path, 404 included (the union of the per-page policies Astro wrote),
 * and gives every page that policy in its meta tag with only the hashes of
 * the page's own inline scripts and styles (see src/lib/security-headers.ts).
 * A consumer of the shared pass over the built pages (./built-pages.ts).
 *
 * The union must be known before the first page is rewritten, so `start`
 * reads each page's <head> only, as a stream that stops at `</head>` (a few
 * KB of each page); the pass then rewrites the meta tag of every page
 * whose policy differs as it reads the page for everyone else. A page whose
 * inline code has a hash the union lacks fails the build: a browser would
 * refuse that code.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashSources, headersFile, inlineCode, keepHashes, metaCsp, setMetaCsp, unionCsp, type FrameRule } from '../lib/security-headers';
import type { PageConsumer } from './built-pages';

export interface SecurityHeadersOptions {
  /**
   * Paths (from the site root, without the base: `/timeline/embed/*`) that
   * other sites may frame, with their frame-ancestors sources. Every other
   * path keeps `frame-ancestors 'none'`.
   */
  frames?: readonly FrameRule[];
}

/** The start of a page up to the end of its <head> (or the whole page if it has none), read as a stream. */
async function readHead(file: string): Promise<string> {
  let text = '';
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 8192 });
  for await (const chunk of stream as AsyncIterable<string>) {
    text += chunk;
    if (/<\/head\s*>/i.test(text)) break;
  }
  stream.destroy();
  return text;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export default function securityHeaders({ frames = [] }: SecurityHeadersOptions = {}): PageConsumer {
  let policy: string | undefined;
  let policies = new Set<string>();
  let rewritten = 0;
  return {
    name: 'security-headers',
    async start({ files }) {
      policies = new Set();
      rewritten = 0;
      for (const file of files) {
        const found = metaCsp(await readHead(file));
        if (found) policies.add(found);
      }
      policy = policies.size ? unionCsp([...policies]) : undefined;
    },
    page({ rel, html }) {
      if (!policy || !metaCsp(html)) return undefined;
      const { scripts, styles } = inlineCode(html);
      const own = new Set([...scripts, ...styles].map(sha256));
      const listed = new Set(hashSources(policy));
      const missing = [...own].filter((h) => !listed.has(h));
      if (missing.length)
        throw new Error(`security-headers: ${rel} has inline code whose hash no page policy lists (${missing.join(' ')})`);
      const next = setMetaCsp(html, keepHashes(policy, own));
      if (next === html) return undefined;
      rewritten++;
      return next;
    },
    async finish({ outDir, base, logger }) {
      const underBase = frames.map((f) => ({ ...f, path: `${base.replace(/\/+$/, '')}${f.path}` }));
      await writeFile(join(outDir, '_headers'), headersFile(policy, base, underBase));
      logger.info(
        `_headers written: one site-wide policy from ${policies.size} page policies; ${rewritten} pages' meta tags list only their own hashes`,
      );
    },
  };
}

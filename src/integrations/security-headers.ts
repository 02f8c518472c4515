/**
 * After the build: gives every page the same Content-Security-Policy (the
 * union of the per-page policies Astro wrote) in its meta tag, and writes
 * dist/_headers with that policy for every path, 404 included (see
 * src/lib/security-headers.ts). A consumer of the shared pass over the
 * built pages (./built-pages.ts).
 *
 * The union must be known before the first page is rewritten, so `start`
 * reads each page's <head> only, as a stream that stops at `</head>` (a few
 * KB of each page); the pass then rewrites the meta tag of every page
 * whose policy differs as it reads the page for everyone else.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, metaCsp, setMetaCsp, unionCsp, type FrameRule } from '../lib/security-headers';
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
    page({ html }) {
      if (!policy || policies.size <= 1) return undefined;
      const next = setMetaCsp(html, policy);
      if (next === html) return undefined;
      rewritten++;
      return next;
    },
    async finish({ outDir, base, logger }) {
      const underBase = frames.map((f) => ({ ...f, path: `${base.replace(/\/+$/, '')}${f.path}` }));
      await writeFile(join(outDir, '_headers'), headersFile(policy, base, underBase));
      logger.info(
        `_headers written: one site-wide policy from ${policies.size} page policies (${rewritten} pages' meta tags updated to it)`,
      );
    },
  };
}

/**
 * A small static file server for the built site, used by the browser tests
 * and benchmarks. It behaves like a typical static host: directory URLs
 * serve index.html, unknown paths get the nearest 404.html with status 404, and responses
 * are gzipped when the client asks, so byte counts match a real deploy.
 * With `base`, the site is served under that sub-path only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  // As static hosts serve them (Netlify, Cloudflare Pages, GitHub Pages).
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv', '.ics']);

export interface StaticServer {
  url: string;
  server: Server;
  /** Bytes sent on the wire per request path since the last reset. */
  transferred: Map<string, number>;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  base?: string;
  port?: number;
  gzip?: boolean;
  /** Apply the rules in root/_headers (Netlify/Cloudflare format), as those hosts would. */
  headers?: boolean;
}

interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Headers an earlier matching rule set that this one removes (Cloudflare's `! Name`). */
  detach: string[];
}

/** Parses a `_headers` file: path patterns ("/*" or an exact path) with their headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line)?.[1];
    const i = line.indexOf(':');
    if (rule && detached) rule.detach.push(detached.toLowerCase());
    else if (rule && i > 0) rule.headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return rules;
}

function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers, detach } of rules) {
    const match = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
    if (!match) continue;
    for (const name of detach) delete out[name];
    Object.assign(out, headers);
  }
  return out;
}

export async function serveStatic({
  root,
  base = '/',
  port = 0,
  gzip = true,
  headers: useHeaders = true,
}: ServeOptions): Promise<StaticServer> {
  const rootDir = resolve(root);
  const headerRules = useHeaders ? parseHeadersFile(await readFile(join(rootDir, '_headers'), 'utf8').catch(() => '')) : [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const transferred = new Map<string, number>();

  async function resolveFile(pathname: string): Promise<string | undefined> {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(rootDir, rel);
    if (!file.startsWith(rootDir)) return undefined;
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      return undefined;
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    let status = 200;
    if (u.pathname.startsWith(prefix) || `${u.pathname}/` === prefix) {
      const inner = u.pathname.slice(prefix.length - 1) || '/';
      // Directory URLs without a trailing slash redirect, as static hosts do.
      if (!inner.endsWith('/') && !extname(inner)) {
        const dir = await resolveFile(inner);
        if (dir?.endsWith('index.html')) {
          res.writeHead(301, { location: `${u.pathname}/${u.search}` });
          res.end();
          return;
        }
      }
      file = await resolveFile(inner);
    }
    if (!file) {
      status = 404;
      // The nearest 404.html up the path (/ja/404.html under /ja/), as Cloudflare Pages serves it.
      const inner = u.pathname.startsWith(prefix) ? u.pathname.slice(prefix.length - 1) : '/';
      const dirs = inner.split('/').slice(1, -1);
      for (let i = dirs.length; i >= 0 && !file; i--)
        file = await resolveFile(
          `/${dirs
            .slice(0, i)
            .map((d) => `${d}/`)
            .join('')}404.html`,
        );
      if (!file) {
        res.writeHead(404).end('Not found');
        return;
      }
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      ...headersFor(headerRules, u.pathname),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // Revalidate every time (tests see fresh builds) but stay back/forward-cache friendly.
      'cache-control': 'no-cache',
    };
    const acceptsGzip = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(ext)) {
      const body = gzipSync(await readFile(file), { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(body.length);
      transferred.set(u.pathname, (transferred.get(u.pathname) ?? 0) + body.length);
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const size = (await stat(file)).size;
    headers['content-length'] = String(size);
    transferred.set(u.pathname, (transferred.get(u.pathname) ?? 0) + size);
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });

  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    server,
    transferred,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

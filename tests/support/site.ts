/** What the browser tests need to know about the built site. */
import { readFileSync } from 'node:fs';

/** Root-relative paths of every page in the sitemap, e.g. "/articles/x/". */
export function sitemapPaths(distDir = 'dist'): string[] {
  const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Joins the served site's URL (ending in the base, "/") with a root-relative path. */
export function pageUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

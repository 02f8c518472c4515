/**
 * The deploy headers as a host applies them (the test server reads
 * dist/_headers like Netlify and Cloudflare Pages): a constant number of
 * rules, one site-wide policy in the header and, in every page's meta tag,
 * that policy with only the hashes of the page's own inline code, and the
 * policy on unknown paths served 404.html too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { hashSources, headerCsp, inlineCode, keepHashes, metaCsp } from '../../src/lib/security-headers';
import { parseHeadersFile } from '../support/static-server';

const siteUrl = inject('siteUrl');

async function get(path: string) {
  const response = await fetch(new URL(path, siteUrl));
  return { status: response.status, csp: response.headers.get('content-security-policy'), html: await response.text() };
}

describe('deploy headers', () => {
  it('has one rule for the whole site and one for the embed in each edition, however many pages there are', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/timeline/embed/*', '/ja/timeline/embed/*']);
  });

  it('lets other sites frame the timeline embed, in either edition, and nothing else', async () => {
    for (const path of ['timeline/embed/', 'ja/timeline/embed/']) {
      const embed = await fetch(new URL(path, siteUrl));
      expect(embed.headers.get('x-frame-options'), path).toBeNull();
      expect(embed.headers.get('content-security-policy'), path).toContain('frame-ancestors *');
      expect(embed.headers.get('content-security-policy'), path).not.toContain('unsafe-inline');
    }
    for (const path of ['timeline/', 'articles/', '', 'ja/timeline/']) {
      const page = await fetch(new URL(path, siteUrl));
      expect(page.headers.get('x-frame-options'), path).toBe('DENY');
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it.each([
    '/',
    '/articles/',
    '/articles/kuril-islands-northern-territories-dispute/',
    '/search/',
    '/timeline/',
    '/glossary/',
    // JSON-LD is data, not run: a page with it in Japanese lists no hash for it.
    '/ja/timeline/1993-10-13-tokyo-declaration/',
    '/no-such-page/',
  ])(
    'serves %s with the site-wide policy, and its meta tag lists that policy with the hashes of its own inline code only',
    async (path) => {
      const { status, csp, html } = await get(path);
      expect(status).toBe(path === '/no-such-page/' ? 404 : 200);
      const meta = metaCsp(html);
      expect(meta).toBeDefined();
      const { scripts, styles } = inlineCode(html);
      const own = [...scripts, ...styles].map((t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`);
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(hashSources(meta ?? ''))).toEqual(new Set(own));
      // The header, kept to those hashes, is the meta tag's policy: the header allows all the page's code, the meta tag no more.
      expect(headerCsp(keepHashes(csp ?? '', new Set(own)))).toBe(headerCsp(meta ?? ''));
      expect(csp).toContain("frame-ancestors 'none'");
    },
  );
});

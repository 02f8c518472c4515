/**
 * The deploy headers as a host applies them (the test server reads
 * dist/_headers like Netlify and Cloudflare Pages): a constant number of
 * rules, the same policy in the header and in every page's meta tag, and the
 * policy on unknown paths served 404.html too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { headerCsp, metaCsp } from '../../src/lib/security-headers';
import { parseHeadersFile } from '../support/static-server';

const siteUrl = inject('siteUrl');

async function get(path: string) {
  const response = await fetch(new URL(path, siteUrl));
  return { status: response.status, csp: response.headers.get('content-security-policy'), html: await response.text() };
}

describe('deploy headers', () => {
  it('has one rule for the whole site and one for the embed, however many pages there are', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/timeline/embed/*']);
  });

  it('lets other sites frame the timeline embed, and nothing else', async () => {
    const embed = await fetch(new URL('timeline/embed/', siteUrl));
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    for (const path of ['timeline/', 'articles/', '']) {
      const page = await fetch(new URL(path, siteUrl));
      expect(page.headers.get('x-frame-options'), path).toBe('DENY');
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it.each(['/', '/articles/', '/search/', '/timeline/', '/glossary/', '/no-such-page/'])(
    'serves %s with the policy its meta tag states',
    async (path) => {
      const { status, csp, html } = await get(path);
      expect(status).toBe(path === '/no-such-page/' ? 404 : 200);
      const meta = metaCsp(html);
      expect(meta).toBeDefined();
      expect(csp).toBe(headerCsp(meta ?? ''));
      expect(csp).toContain("frame-ancestors 'none'");
    },
  );
});

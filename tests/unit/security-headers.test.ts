import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, metaCsp } from '../../src/lib/security-headers';
import { parseHeadersFile } from '../support/static-server';

const page = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

describe('security headers', () => {
  it('reads the policy Astro put in the meta tag', () => {
    expect(metaCsp(page("default-src 'self'; script-src 'self' 'sha256-abc='"))).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(metaCsp(page('script-src &#39;self&#39;'))).toBe("script-src 'self'");
    expect(metaCsp('<html></html>')).toBeUndefined();
  });

  it('adds frame-ancestors, which a meta tag cannot carry', () => {
    expect(headerCsp("default-src 'self';script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    expect(headerCsp("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
  });

  it('writes one rule per page plus the common headers, and round-trips through the parser', () => {
    const text = headersFile([['/b/', page("script-src 'self'")], ['/a/', page("style-src 'self'")], ['/no-csp/', '<html></html>']], '/news/');
    const rules = parseHeadersFile(text);
    expect(rules.map((r) => r.pattern)).toEqual(['/news/*', '/a/', '/b/']);
    expect(rules[0]?.headers['x-content-type-options']).toBe('nosniff');
    expect(rules[2]?.headers['content-security-policy']).toBe("script-src 'self'; frame-ancestors 'none'");
  });
});

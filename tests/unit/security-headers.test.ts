import { describe, expect, it } from 'vitest';
import {
  encodeRulePath,
  hashSources,
  headerCsp,
  headersFile,
  inlineCode,
  keepHashes,
  metaCsp,
  setMetaCsp,
  unionCsp,
} from '../../src/lib/security-headers';
import { parseHeadersFile } from '../support/static-server';

const page = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

describe('security headers', () => {
  it('reads the policy Astro put in the meta tag', () => {
    expect(metaCsp(page("default-src 'self'; script-src 'self' 'sha256-abc='"))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc='",
    );
    expect(metaCsp(page('script-src &#39;self&#39;'))).toBe("script-src 'self'");
    expect(metaCsp('<html></html>')).toBeUndefined();
  });

  it('adds frame-ancestors, which a meta tag cannot carry', () => {
    expect(headerCsp("default-src 'self';script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    expect(headerCsp("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
    expect(headerCsp("default-src 'self'", 'https://partner.example')).toBe("default-src 'self'; frame-ancestors https://partner.example");
  });

  it('merges per-page policies into one that allows every page', () => {
    const union = unionCsp([
      "default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='",
      "default-src 'self'; script-src 'self' 'sha256-b='",
    ]);
    expect(union).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='");
  });

  it('finds the inline styles and the inline scripts a browser runs, not script files or data blocks', () => {
    const html =
      '<head><style>a{b:c}</style><script>run()</script><script type="module">mod()</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module" src="/x.js"></script></head>' +
      '<body><style media="print">p{q:r}</style></body>';
    expect(inlineCode(html)).toEqual({ scripts: ['run()', 'mod()'], styles: ['a{b:c}', 'p{q:r}'] });
    expect(inlineCode('<p>no code</p>')).toEqual({ scripts: [], styles: [] });
  });

  it('keeps only the hashes a page uses, and every other source', () => {
    const policy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s=' 'sha256-t='";
    expect(keepHashes(policy, new Set(["'sha256-b='", "'sha256-t='"]))).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b='; style-src 'self' 'sha256-t='",
    );
    expect(keepHashes(policy, new Set())).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    expect(hashSources(policy)).toEqual(["'sha256-a='", "'sha256-b='", "'sha256-s='", "'sha256-t='"]);
  });

  it('rewrites a page meta policy, and reads back what it wrote', () => {
    const html = setMetaCsp(page("script-src 'sha256-a='"), "script-src 'sha256-a=' 'sha256-b='");
    expect(metaCsp(html)).toBe("script-src 'sha256-a=' 'sha256-b='");
    expect(setMetaCsp('<html></html>', 'x')).toBe('<html></html>');
  });

  it('writes one rule for the whole site whatever the number of pages, and round-trips through the parser', () => {
    const text = headersFile("script-src 'self'", '/news/');
    const rules = parseHeadersFile(text);
    expect(rules.map((r) => r.pattern)).toEqual(['/news/*']);
    expect(rules[0]?.headers['x-content-type-options']).toBe('nosniff');
    expect(rules[0]?.headers['content-security-policy']).toBe("script-src 'self'; frame-ancestors 'none'");
  });

  it('can give one path its own frame-ancestors, dropping the site-wide CSP there', () => {
    const text = headersFile("script-src 'self'", '/', [{ path: '/timeline/embed/*', frameAncestors: 'https://partner.example' }]);
    expect(text).toContain(
      "/timeline/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: script-src 'self'; frame-ancestors https://partner.example\n",
    );
    expect(parseHeadersFile(text).map((r) => r.pattern)).toEqual(['/*', '/timeline/embed/*']);
  });

  it('percent-encodes non-ASCII paths', () => {
    expect(encodeRulePath('/ニュース/*')).toBe('/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/*');
    expect(encodeRulePath('/a%20b/')).toBe('/a%20b/');
    expect(headersFile(undefined, '/новости/').split('\n')[0]).toBe('/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/*');
  });

  it('refuses a header line Cloudflare Pages would not read', () => {
    const hashes = Array.from({ length: 60 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');
    expect(() => headersFile(`script-src 'self' ${hashes}`)).toThrow(/over the 2000 that Cloudflare Pages reads/);
  });
});

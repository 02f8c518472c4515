/**
 * Builds a `_headers` file (the format Netlify and Cloudflare Pages read) from
 * the built pages: each page gets the exact Content-Security-Policy that Astro
 * wrote into its <meta> tag, plus `frame-ancestors`, which only works as a
 * header, and the usual security headers for every path.
 */

/** Headers for every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Extracts the policy from a page's `<meta http-equiv="content-security-policy">`. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').trim();
}

/** The header form of a meta policy: adds the directives a <meta> tag cannot carry. */
export function headerCsp(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (!directives.some((d) => d.startsWith('frame-ancestors'))) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The `_headers` text for pages given as [url path, html] pairs. */
export function headersFile(pages: ReadonlyArray<readonly [string, string]>, base = '/'): string {
  const lines = [`${base.replace(/\/?$/, '/')}*`, ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const [path, html] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const policy = metaCsp(html);
    if (!policy) continue;
    lines.push(path, `  Content-Security-Policy: ${headerCsp(policy)}`, '');
  }
  return lines.join('\n');
}

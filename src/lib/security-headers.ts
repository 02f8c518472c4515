/**
 * Builds a `_headers` file (the format Netlify and Cloudflare Pages read)
 * with a constant number of rules whatever the number of pages: one rule for
 * every path under the base, carrying the common security headers and one
 * site-wide Content-Security-Policy. Cloudflare Pages applies at most 100
 * rules, so a rule per page would silently stop protecting pages past the
 * hundredth.
 *
 * The site-wide policy is the union of the policies Astro wrote into each
 * page's <meta> tag. Each page's meta tag is rewritten to that policy with
 * only the hashes of the page's own inline scripts and styles: a browser
 * enforces both the header and the meta tag, so the page gets exactly what
 * it needs and no hash list weighs on pages that do not use it (the union's
 * hashes are most of a kilobyte, gzipped, on every page). The header adds
 * `frame-ancestors`, which only works as a header.
 */

/** Headers for every response. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Cloudflare Pages ignores header lines longer than this. */
const MAX_HEADER_LINE = 2000;

const META_CSP = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** Extracts the policy from a page's `<meta http-equiv="content-security-policy">`. */
export function metaCsp(html: string): string | undefined {
  const tag = META_CSP.exec(html);
  return tag?.[2]
    ?.replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The page with its meta policy replaced by `policy`; unchanged if it has none. */
export function setMetaCsp(html: string, policy: string): string {
  return html.replace(
    META_CSP,
    (_all, open: string, _old: string, close: string) => `${open}${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${close}`,
  );
}

const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi;
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs (and so checks against script-src); JSON-LD and other data blocks are not run. */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of the page's inline <style> elements and of the inline <script> elements a browser would run. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(
      ([, attrs = '']) =>
        !/\ssrc\s*=/i.test(attrs) && RUN_TYPES.has((/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '').toLowerCase()),
    )
    .map((m) => m[2] ?? '');
  return { scripts, styles };
}

/** `policy` with only the hash sources ('sha256-…') in `keep`; every other source stays. */
export function keepHashes(policy: string, keep: ReadonlySet<string>): string {
  return directivesOf(policy)
    .map(([name, sources]) => [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || keep.has(s))].join(' '))
    .join('; ');
}

/** The hash sources ('sha256-…') a policy lists. */
export function hashSources(policy: string): string[] {
  return directivesOf(policy).flatMap(([, sources]) => sources.filter((s) => /^'sha(256|384|512)-/.test(s)));
}

function directivesOf(policy: string): Array<[string, string[]]> {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts): parts is [string, ...string[]] => Boolean(parts[0]))
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

/**
 * One policy allowing what each of `policies` allows: the sources of each
 * directive merged, in the order first seen. Only sensible for policies that
 * differ in their hash lists, as Astro's per-page policies do.
 */
export function unionCsp(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of directivesOf(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header form of a meta policy: adds the directives a <meta> tag cannot carry. */
export function headerCsp(policy: string, frameAncestors = "'none'"): string {
  const directives = directivesOf(policy)
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, sources]) => [name, ...sources].join(' '));
  const own = directivesOf(policy).find(([name]) => name === 'frame-ancestors');
  directives.push(own ? ['frame-ancestors', ...own[1]].join(' ') : `frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

/** A path as a `_headers` rule writes it: non-ASCII and spaces percent-encoded, `*` kept. */
export function encodeRulePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      segment
        .split('*')
        .map((part) => encodeURIComponent(safeDecode(part)))
        .join('*'),
    )
    .join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path (or `/path/*`) whose pages may be framed by other origins, e.g. an embeddable timeline. */
export interface FrameRule {
  path: string;
  /** The frame-ancestors sources, e.g. "https://partner.example". */
  frameAncestors: string;
}

/**
 * The `_headers` text: one site-wide rule, plus one per framing exception.
 * An exception drops the site-wide CSP and X-Frame-Options for its paths
 * (`! Name`, Cloudflare's syntax) and sets its own.
 */
export function headersFile(policy: string | undefined, base = '/', frames: readonly FrameRule[] = []): string {
  const all = encodeRulePath(`${base.replace(/\/?$/, '/')}*`);
  const lines = [all, ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  if (policy) lines.push(`  Content-Security-Policy: ${headerCsp(policy)}`);
  lines.push('');
  for (const frame of frames) {
    lines.push(encodeRulePath(frame.path), '  ! X-Frame-Options');
    if (policy) lines.push('  ! Content-Security-Policy', `  Content-Security-Policy: ${headerCsp(policy, frame.frameAncestors)}`);
    lines.push('');
  }
  const long = lines.find((l) => l.length > MAX_HEADER_LINE);
  if (long) {
    throw new Error(
      `_headers: a line is ${long.length} characters, over the ${MAX_HEADER_LINE} that Cloudflare Pages reads (${long.slice(0, 60)}…); fewer inline scripts and styles, or move them to files`,
    );
  }
  return lines.join('\n');
}

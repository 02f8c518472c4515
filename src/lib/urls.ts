/** Site-internal URLs that respect the deploy base path (`BASE_PATH`). */

/** Joins a base ("/" or "/news/") and a root-relative path ("/articles/x/"). */
export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) return path;
  return `${b}${path}`;
}

/** A root-relative site path with the configured base in front. */
export function url(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** Removes the base from a pathname, for matching the current page against nav items. */
export function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
}

/**
 * Editors write site links and images as root-relative paths
 * (`/timeline/1993-10-13-tokyo-declaration/`, `![Map](/images/map.svg)`), and
 * the islands map points its SVG <use> elements at the root-relative land file.
 * When the site is deployed under a sub-path (`BASE_PATH=/news/`), this
 * prefixes them with the base so they keep working. External and relative
 * URLs are untouched, and so is a path that already starts with the base
 * (an editor who wrote `/news/timeline/` meant that page, not
 * `/news/news/timeline/`).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

export interface BaseLinksOptions {
  /** The site's base path, e.g. "/" or "/news/". */
  base: string;
}

/** Which attribute holds a site URL, by element. */
const URL_ATTRIBUTE: Readonly<Record<string, string>> = { a: 'href', img: 'src', use: 'href' };

/** `path` under `base`, unless it is not root-relative or is already under it. */
function prefixOnce(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = base.replace(/\/+$/, '');
  if (path === b || path.startsWith(`${b}/`)) return path;
  return withBase(path, base);
}

export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/' || base === '') return;
    visit(tree, 'element', (node: Element) => {
      const attribute = URL_ATTRIBUTE[node.tagName];
      const value = attribute ? node.properties[attribute] : undefined;
      if (attribute && typeof value === 'string') node.properties[attribute] = prefixOnce(value, base);
    });
  };
}

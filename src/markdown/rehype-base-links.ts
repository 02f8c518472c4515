/**
 * Editors write site links as root-relative paths (`/timeline/1993-10-13-tokyo-declaration/`).
 * When the site is deployed under a sub-path (`BASE_PATH=/news/`), this prefixes
 * them with the base so they keep working. External and relative links are untouched.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

export interface BaseLinksOptions {
  /** The site's base path, e.g. "/" or "/news/". */
  base: string;
}

export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/' || base === '') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties['href'] = withBase(href, base);
      }
    });
  };
}

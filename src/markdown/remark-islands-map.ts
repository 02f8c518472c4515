/**
 * `::islands-map` on a line of its own inserts the map of Hokkaido and the
 * Kuril chain (src/lib/geo/islands-map.ts): a static SVG figure with a
 * caption, drawn at build time, no JavaScript. The map is built once per
 * build and reused. Attributes and labels are not supported; the map is
 * the same wherever it appears, and appears at most once per document.
 *
 * Here the directive only leaves a marker; rehype-islands-map puts the
 * figure in its place after the raw-HTML check, whose allowlist has no
 * inline SVG (content may not contain any; our own map is trusted).
 */
import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ISLANDS_MAP_MARKER } from './rehype-islands-map';

export const ISLANDS_MAP_DIRECTIVE = 'islands-map';

export default function remarkIslandsMap() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== ISLANDS_MAP_DIRECTIVE || !parent || index === undefined) return undefined;
      if (++count > 1) file.fail('::islands-map can appear only once in a document', node);
      if (node.children.length || Object.keys(node.attributes ?? {}).length) {
        file.fail('::islands-map takes no label or attributes', node);
      }
      parent.children.splice(index, 1, { type: 'html', value: `<!--${ISLANDS_MAP_MARKER}-->` });
      return index + 1;
    });
  };
}

/**
 * `::islands-map` on a line of its own inserts the map of Hokkaido and the
 * Kuril chain (src/lib/geo/islands-map.ts): a static SVG figure with a
 * caption, drawn at build time, no JavaScript. The map is built once per
 * build and reused. Attributes and labels are not supported; the map is
 * the same wherever it appears, and appears at most once per document.
 */
import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export const ISLANDS_MAP_DIRECTIVE = 'islands-map';

export interface RemarkIslandsMapOptions {
  /** Returns the figure's HTML; called only for documents that use the directive. */
  render: () => string;
}

export default function remarkIslandsMap({ render }: RemarkIslandsMapOptions) {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== ISLANDS_MAP_DIRECTIVE || !parent || index === undefined) return undefined;
      if (++count > 1) file.fail('::islands-map can appear only once in a document', node);
      if (node.children.length || Object.keys(node.attributes ?? {}).length) {
        file.fail('::islands-map takes no label or attributes', node);
      }
      parent.children.splice(index, 1, { type: 'html', value: render() });
      return index + 1;
    });
  };
}

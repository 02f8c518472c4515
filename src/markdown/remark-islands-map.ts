/**
 * `::islands-map` on a line of its own inserts the map of Hokkaido and the
 * Kuril chain (src/lib/geo/islands-map.ts): a static SVG figure with a
 * caption, drawn at build time, no JavaScript. The map is built once per
 * build and reused. Attributes and labels are not supported; the map is
 * the same wherever it appears, and appears at most once per document.
 *
 * Here the directive only becomes an `islandsMap` node, which
 * `islandsMapHandler` (remark-rehype) turns into a marker comment, and
 * rehype-islands-map puts the figure in its place after the raw-HTML check,
 * whose allowlist has no inline SVG (content may not contain any; our own
 * map is trusted). No raw HTML is involved at any step.
 */
import type { Comment } from 'hast';
import type { Node, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ISLANDS_MAP_MARKER } from './rehype-islands-map';

export const ISLANDS_MAP_DIRECTIVE = 'islands-map';

/** Where the map goes, between remark and rehype. */
interface IslandsMapNode extends Node {
  type: 'islandsMap';
}

declare module 'mdast' {
  interface RootContentMap {
    islandsMap: IslandsMapNode;
  }
  interface BlockContentMap {
    islandsMap: IslandsMapNode;
  }
}

/** remark-rehype handler: the node becomes the marker rehype-islands-map looks for. */
export function islandsMapHandler(): Comment {
  return { type: 'comment', value: ISLANDS_MAP_MARKER };
}

export default function remarkIslandsMap() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== ISLANDS_MAP_DIRECTIVE || !parent || index === undefined) return undefined;
      if (++count > 1) file.fail('::islands-map can appear only once in a document', node);
      if (node.children.length || Object.keys(node.attributes ?? {}).length) {
        file.fail('::islands-map takes no label or attributes', node);
      }
      parent.children.splice(index, 1, { type: 'islandsMap' });
      return index + 1;
    });
  };
}

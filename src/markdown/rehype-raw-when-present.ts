/**
 * rehype-raw, run only on documents that have raw HTML in them.
 *
 * rehype-raw re-parses the whole tree with parse5 to turn `raw` nodes into
 * elements; on a document without any (most articles and every event) that
 * pass changes nothing but costs about as much as one of our plugins. A
 * single look for a `raw` node, which stops at the first, decides.
 */
import type { Root, RootContent } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

function hasRaw(nodes: readonly RootContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'raw') return true;
    if ('children' in node && hasRaw(node.children)) return true;
  }
  return false;
}

export default function rehypeRawWhenPresent(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root | undefined => (hasRaw(tree.children) ? raw(tree, file) : undefined);
}

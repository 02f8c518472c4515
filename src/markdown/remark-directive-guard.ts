/**
 * Runs after every directive plugin. remark-directive parses any ":word" as a
 * text directive ("ratio 3:1" is fine, "Note:this" is not), so an unclaimed
 * text or leaf directive goes back to the text it was written as. An
 * unclaimed container directive (":::warning") is a typo in a box name: it
 * fails the build with the file and line, rather than vanishing.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface DirectiveGuardOptions {
  /** Names handled by the directive plugins, with the kind of directive. */
  known: { container: readonly string[]; text: readonly string[]; leaf: readonly string[] };
}

export default function remarkDirectiveGuard({ known }: DirectiveGuardOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective' && !known.container.includes(node.name)) {
        file.fail(`Unknown box ":::${node.name}". Use one of: ${known.container.map((n) => `:::${n}`).join(', ')}`, node);
      }
      if (!parent || index === undefined) return undefined;
      const unclaimed =
        (node.type === 'textDirective' && !known.text.includes(node.name)) ||
        (node.type === 'leafDirective' && !known.leaf.includes(node.name));
      if (!unclaimed) return undefined;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const source =
        start !== undefined && end !== undefined
          ? String(file.value).slice(start, end)
          : `${node.type === 'leafDirective' ? '::' : ':'}${node.name}`;
      parent.children.splice(index, 1, { type: 'text', value: source } as never);
      return index + 1;
    });
  };
}

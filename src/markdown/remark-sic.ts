/**
 * Marks an error in a republished text without changing it:
 * `:sic[Moscw]{correct="Moscow"}` renders the original word followed by
 * "[sic: Moscow]", so the reader sees both what was printed and what is meant.
 */
// Brings hName/hProperties into mdast's Data types.
import type {} from 'mdast-util-to-hast';
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export default function remarkSic() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'sic' || !parent || index === undefined) return;
      const correct = node.attributes?.['correct'];
      if (!correct) {
        file.fail(':sic[...] needs the corrected form, e.g. :sic[Moscw]{correct="Moscow"}', node);
      }
      node.data = { hName: 'span', hProperties: { className: ['sic'] } };
      parent.children.splice(index + 1, 0, {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['editorial'] } },
        children: [{ type: 'text', value: ` [sic: ${correct}]` }],
      });
    });
  };
}

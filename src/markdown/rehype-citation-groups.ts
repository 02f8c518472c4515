/**
 * Citation marks written side by side ("[^8][^1][^2]") render as adjacent
 * superscripts that read as one number, "812". This puts each run of
 * adjacent marks in ascending order with a thin comma between them: ⁱ,²,⁸.
 * The commas are hidden from screen readers, which announce each mark as a
 * link of its own anyway.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function isCitation(node: ElementContent | undefined): node is Element {
  return (
    node?.type === 'element' &&
    node.tagName === 'sup' &&
    node.children.some((c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in c.properties)
  );
}

function separator(): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['citation-sep'], ariaHidden: 'true' },
    children: [{ type: 'text', value: ',' }],
  };
}

export default function rehypeCitationGroups() {
  return (tree: Root) => {
    visit(tree, 'element', (parent) => {
      const out: ElementContent[] = [];
      let changed = false;
      for (let i = 0; i < parent.children.length;) {
        let j = i;
        while (isCitation(parent.children[j])) j++;
        if (j - i < 2) {
          out.push(parent.children[i]!);
          i = Math.max(i + 1, j);
          continue;
        }
        const run = (parent.children.slice(i, j) as Element[]).sort((a, b) => Number(toString(a)) - Number(toString(b)));
        run.forEach((mark, k) => out.push(...(k > 0 ? [separator(), mark] : [mark])));
        changed = true;
        i = j;
      }
      if (changed) parent.children = out;
    });
  };
}

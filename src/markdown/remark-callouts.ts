/**
 * Editor's notes, corrections and context boxes, written as container
 * directives:
 *
 *     :::correction[The figure of 10,000 troops]
 *     No source gives 10,000 ...[^1]
 *     :::
 *
 * rendered as `<aside class="callout callout--correction">` with a visible
 * title, so the note stays beside the text it qualifies and is never a silent
 * change to that text. The optional label becomes the title.
 */
// Brings hName/hProperties into mdast's Data types.
import type {} from 'mdast-util-to-hast';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export const CALLOUT_KINDS = {
  note: 'Editor’s note',
  correction: 'Correction',
  context: 'Context',
} as const;
export type CalloutKind = keyof typeof CALLOUT_KINDS;

const isCallout = (name: string): name is CalloutKind => Object.hasOwn(CALLOUT_KINDS, name);

export default function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (!isCallout(node.name)) return;
      const kind = node.name;
      const first = node.children[0];
      let label: PhrasingContent[] = [];
      if (first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data) {
        label = first.children;
        node.children.shift();
      }
      const kindName = CALLOUT_KINDS[kind];
      const labelText = toString({ type: 'paragraph', children: label } satisfies Paragraph);
      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['callout__title'] } },
        children: [
          { type: 'strong', children: [{ type: 'text', value: kindName }] },
          ...(label.length ? [{ type: 'text', value: ': ' } as const, ...label] : []),
        ],
      };
      node.children.unshift(title);
      node.data = {
        ...node.data,
        hName: 'aside',
        hProperties: {
          className: ['callout', `callout--${kind}`],
          ariaLabel: labelText ? `${kindName}: ${labelText}` : kindName,
        },
      };
    });
  };
}

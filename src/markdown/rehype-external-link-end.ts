/**
 * Keeps the external-link icon with the word before it. The icon is drawn by
 * CSS after the link; on its own it may wrap to the next line, taking the
 * comma after the link with it (",↗" at the start of a line). This wraps the
 * link's last word in <span class="external__end">, which does not break and
 * carries the icon. Runs after rehype-external-links. A link that has its
 * end already (the map caption's sources, from src/lib/sources.ts) is left
 * as it is.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { splitLastWord } from '../lib/text';

const hasClass = (node: Element, name: string) => {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
};

/** Whether the element holds an .external__end already. */
function hasEnd(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (hasClass(c, 'external__end') || hasEnd(c)));
}

/** The last text node with words in it, outside screen-reader-only labels, with its parent. */
function lastText(node: Element): { parent: Element; text: Text } | undefined {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child: ElementContent = node.children[i]!;
    if (child.type === 'text' && child.value.trim()) return { parent: node, text: child };
    if (child.type === 'element' && !hasClass(child, 'visually-hidden')) {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return undefined;
}

export default function rehypeExternalLinkEnd() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || !hasClass(node, 'external') || hasEnd(node)) return;
      const found = lastText(node);
      if (!found) return;
      const [head, tail] = splitLastWord(found.text.value);
      const end = h('span', { className: ['external__end'] }, tail);
      const at = found.parent.children.indexOf(found.text);
      found.parent.children.splice(at, 1, ...(head ? [{ type: 'text' as const, value: head }] : []), end);
    });
  };
}

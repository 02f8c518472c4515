/**
 * Gives every prose paragraph a stable id so other pages (timeline events,
 * explainers) can link to the exact paragraph that discusses something.
 *
 * The id is "p-" plus the slug of the paragraph's first six words. That keeps
 * it stable when paragraphs are added, removed or reordered elsewhere in the
 * article, and readable in a URL. Paragraphs in footnotes and list items are
 * skipped: they are not what a reader links to. Duplicates get -2, -3, ...
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { documentLanguage } from '../lib/i18n/languages';
import { japaneseParagraphId, paragraphId } from '../lib/text';

/**
 * The paragraph's words, leaving out footnote markers ("x.<sup>1</sup>" is
 * "x.") and the hidden definitions that remark-glossary puts beside terms.
 */
function proseText(node: Element | ElementContent): string {
  if (node.type !== 'element') return toString(node);
  if (node.tagName === 'sup') return ' ';
  const className = node.properties['className'];
  if (Array.isArray(className) && className.includes('gloss-term__popup')) return '';
  return node.children.map(proseText).join('');
}

export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    // Japanese has no word spaces: its "first six words" would be the whole paragraph.
    const idOf = documentLanguage(file.path) === 'ja' ? japaneseParagraphId : paragraphId;
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'li') return SKIP;
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) return SKIP;
      if (node.tagName !== 'p' || node.properties['id']) return undefined;
      // A callout's title is a label, not prose anyone links to.
      const className = node.properties['className'];
      if (Array.isArray(className) && className.includes('callout__title')) return undefined;
      const base = idOf(proseText(node));
      if (!base) return undefined;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      node.properties['id'] = count === 1 ? base : `${base}-${count}`;
      return undefined;
    });
  };
}

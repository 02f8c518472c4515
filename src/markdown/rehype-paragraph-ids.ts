/**
 * Gives every prose paragraph a stable id so other pages (timeline events,
 * explainers) can link to the exact paragraph that discusses something.
 *
 * The id is "p-" plus the slug of the paragraph's first six words. That keeps
 * it stable when paragraphs are added, removed or reordered elsewhere in the
 * article, and readable in a URL. Paragraphs in footnotes and list items are
 * skipped: they are not what a reader links to. Duplicates get -2, -3, ...
 *
 * Each such paragraph ends with a link to itself, as headings do, so a reader
 * can see and copy its address: the "¶" is drawn by CSS (shown on hover and
 * focus), so the paragraph's text, its copy and its search excerpt stay as written;
 * the link's name gives the paragraph's first words.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { documentLanguage, type Language } from '../lib/i18n/languages';
import { fill, translator } from '../lib/i18n/ui';
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

/** The self-link: empty (CSS shows "¶"), named by the paragraph's opening words (characters, in Japanese). */
function selfLink(id: string, text: string, lang: Language): Element {
  let opening: string;
  if (lang === 'ja') {
    const chars = [...text.trim()];
    opening = chars.slice(0, 16).join('') + (chars.length > 16 ? '…' : '');
  } else {
    const words = text.trim().split(/\s+/);
    opening = words.slice(0, 6).join(' ') + (words.length > 6 ? ' …' : '');
  }
  return h('a', { className: ['paragraph-anchor'], href: `#${id}`, ariaLabel: fill(translator(lang)('paragraph.link'), { opening }) });
}

export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    // Japanese has no word spaces: its "first six words" would be the whole paragraph.
    const lang = documentLanguage(file.path);
    const idOf = lang === 'ja' ? japaneseParagraphId : paragraphId;
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'li') return SKIP;
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) return SKIP;
      if (node.tagName !== 'p' || node.properties['id']) return undefined;
      // A callout's title is a label, not prose anyone links to.
      const className = node.properties['className'];
      if (Array.isArray(className) && className.includes('callout__title')) return undefined;
      const text = proseText(node);
      const base = idOf(text);
      if (!base) return undefined;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const id = count === 1 ? base : `${base}-${count}`;
      node.properties['id'] = id;
      node.children.push(selfLink(id, text, lang));
      return SKIP;
    });
  };
}

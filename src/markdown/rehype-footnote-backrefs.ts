/**
 * Trims the footnote back links to what is used. remark-rehype marks each
 * one twice, `data-footnote-backref` and a class of the same name (for
 * GitHub's stylesheet); the site selects them by the attribute only
 * (rehype-document-language, the search index's exclusions), and an article
 * with many repeated citations has a back link per citation, so the class
 * is dropped.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeFootnoteBackrefs() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || node.properties['dataFootnoteBackref'] === undefined) return;
      const className = node.properties['className'];
      if (!Array.isArray(className)) return;
      const rest = className.filter((c) => c !== 'data-footnote-backref');
      if (rest.length) node.properties['className'] = rest;
      else delete node.properties['className'];
    });
  };
}

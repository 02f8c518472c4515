/**
 * Replaces the marker remark-islands-map leaves for `::islands-map` with the
 * map figure, handed over as a hast tree: no HTML string passes through the
 * pipeline. It runs right after rehype-reject-unsafe-html, so the check
 * never sees our own SVG (content may not contain inline SVG), and before
 * the plugins that id paragraphs, mark external links and add the base path,
 * so the figure gets the same treatment as the text around it.
 *
 * The marker is an HTML comment holding a value drawn afresh for each build,
 * so a comment written in content cannot ask for the map.
 */
import { randomUUID } from 'node:crypto';
import type { Comment, Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { documentLanguage, type Language } from '../lib/i18n/languages';

export const ISLANDS_MAP_MARKER = `islands-map ${randomUUID()}`;

export interface RehypeIslandsMapOptions {
  /** Returns the figure for a document in `lang` (a translation's folder says which); called only for documents that use the directive. */
  render: (lang: Language) => Element;
}

export default function rehypeIslandsMap({ render }: RehypeIslandsMapOptions) {
  return (tree: Root, file: VFile) => {
    const lang = documentLanguage(file.path);
    visit(tree, 'comment', (node: Comment, index, parent) => {
      if (node.value !== ISLANDS_MAP_MARKER || !parent || index === undefined) return undefined;
      // A copy: the plugins after this one change the tree, and the figure is built once per build.
      parent.children.splice(index, 1, structuredClone(render(lang)));
      return index + 1;
    });
  };
}

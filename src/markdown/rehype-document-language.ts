/**
 * A translation in its own language. The plugins before this one write
 * their labels in English (the footnotes' heading and back links, the
 * headings' self-links, the external-link note, the callouts' titles): in a
 * translation (a file in a language's folder, `content/timeline/ja/x.md`)
 * they are put in its language from the interface dictionary. And a link to
 * a page its language has no page for yet (`/ja/timeline/`, the chart) goes
 * to the English page instead, marked as English (hreflang and a visible
 * note), so no link leads nowhere. English documents are left as they are.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { documentLanguage, type Language } from '../lib/i18n/languages';
import { linkIn, pageLanguage } from '../lib/i18n/paths';
import { fill, translator, UI } from '../lib/i18n/ui';

const hasClass = (node: Element, name: string) => {
  const cls = node.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
};
const text = (value: string): ElementContent => ({ type: 'text', value });

const CALLOUTS = ['note', 'correction', 'context'] as const;

function localise(tree: Root, lang: Language): void {
  const t = translator(lang);
  const calloutNames = new Map(CALLOUTS.map((k) => [UI.en[`callout.${k}`], t(`callout.${k}`)]));
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties['id'] === 'footnote-label') {
      node.children = [text(t('toc.sources'))];
      if (node.properties['dataPagefindTitle'] !== undefined) node.properties['dataPagefindTitle'] = t('toc.sources');
    }
    const backref = node.properties['ariaLabel'];
    if (node.properties['dataFootnoteBackref'] !== undefined && typeof backref === 'string') {
      node.properties['ariaLabel'] = fill(t('footnote.back'), { n: backref.replace(/^Back to reference /, '') });
    }
    if (node.tagName === 'a' && hasClass(node, 'heading-anchor')) {
      for (const child of node.children) {
        if (child.type === 'element' && hasClass(child, 'visually-hidden')) {
          child.children = [text(fill(t('heading.link'), { heading: toString(child).replace(/^Link to this section: /, '') }))];
        }
      }
    }
    if (node.tagName === 'a' && hasClass(node, 'external')) {
      const note = node.children.at(-1);
      if (note?.type === 'element' && hasClass(note, 'visually-hidden')) note.children = [text(t('sources.external'))];
    }
    if (node.tagName === 'aside' && hasClass(node, 'callout')) {
      const label = node.properties['ariaLabel'];
      for (const [english, translated] of calloutNames) {
        if (typeof label === 'string' && label.startsWith(english)) {
          node.properties['ariaLabel'] = translated + label.slice(english.length).replace(/^: /, '：');
        }
      }
    }
    if (node.tagName === 'p' && hasClass(node, 'callout__title')) {
      const [strong, separator] = node.children;
      const name = strong?.type === 'element' ? toString(strong) : undefined;
      const translated = name === undefined ? undefined : calloutNames.get(name);
      if (strong?.type === 'element' && translated) strong.children = [text(translated)];
      if (separator?.type === 'text' && separator.value === ': ') separator.value = '：';
    }
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && parent && index !== undefined) {
      const { lang: target, englishPath } = pageLanguage(href);
      if (target === lang && linkIn(lang, englishPath).lang !== lang) {
        node.properties['href'] = englishPath;
        node.properties['hreflang'] = 'en';
        parent.children.splice(index + 1, 0, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['english-note'] },
          children: [text(t('translation.englishOnly'))],
        });
      }
    }
  });
}

export default function rehypeDocumentLanguage() {
  return (tree: Root, file: VFile) => {
    const lang = documentLanguage(file.path);
    if (lang !== 'en') localise(tree, lang);
  };
}

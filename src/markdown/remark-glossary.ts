/**
 * Links the first mention of each glossary term in a document to its
 * definition. The link is a plain link to /glossary/#<id>, inside a
 * <gloss-term> custom element (src/scripts/glossary-term.ts), which shows the
 * term's short definition in place as a disclosure when the reader activates
 * it; the definitions are fetched then, from the edition's
 * glossary/terms.json, not carried by every page. Without JavaScript it stays
 * a plain link.
 *
 *     Iturup  ->  <gloss-term data-term="iturup">
 *                   <a href="/glossary/#iturup" class="gloss-term__link">Iturup</a>
 *                 </gloss-term>
 *
 * Left alone: headings, links, code, raw HTML, footnote definitions (they are
 * citations), directives' labels and callout titles. A link an editor wrote
 * to /glossary/#<id> whose text is one of the term's names counts as that
 * term's mention: the first such link gets the definition too, and the term
 * is not linked again automatically. Other links to the glossary ("see the
 * glossary entry") stay plain links.
 * Matching rules live in src/lib/glossary.ts. Runs after remark-callouts (it
 * needs the callout titles marked) and before rehype-base-links, which adds
 * the base path to the root-relative links.
 */
import type { Emphasis, Link, Parent, Root, RootContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createGlossaryMatcher, glossaryIdFromUrl, type GlossaryMatcher, type GlossaryNames } from '../lib/glossary';
import { documentLanguage, type Language } from '../lib/i18n/languages';
import { pathIn } from '../lib/i18n/paths';

export interface RemarkGlossaryOptions {
  /**
   * The terms for the document being rendered, in its language (a function, so
   * edits to the glossary apply to the next document). A translation links
   * its language's terms to its language's glossary.
   */
  terms: (lang: Language) => readonly GlossaryNames[];
}

/** Node types whose text is never linked. */
const SKIP = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'footnoteDefinition',
  'definition',
  'textDirective',
  'leafDirective',
  'image',
  'imageReference',
  'yaml',
]);

const glossaryHref = (lang: Language, id: string) => pathIn(lang, `/glossary/#${id}`);

function classNames(node: RootContent): unknown {
  const data = node.data as { hProperties?: { className?: unknown } } | undefined;
  return data?.hProperties?.className;
}

function isLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const cls = classNames(node);
  const isTitle = Array.isArray(cls) && cls.includes('callout__title');
  return isTitle || Boolean(node.data && 'directiveLabel' in node.data);
}

/** Where no term is linked: the SKIP types, callout titles and directive labels, and terms already wrapped. */
function ignored(node: RootContent): boolean {
  return SKIP.has(node.type) || isLabel(node) || (node.type === 'emphasis' && node.data?.hName === 'gloss-term');
}

/** The <gloss-term> wrapper around a link. */
function termNode(entry: GlossaryNames, link: Link): Emphasis {
  const existing = link.data?.hProperties?.['className'] ?? [];
  link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: [...existing, 'gloss-term__link'] } };
  return { type: 'emphasis', data: { hName: 'gloss-term', hProperties: { dataTerm: entry.id } }, children: [link] };
}

export default function remarkGlossary({ terms }: RemarkGlossaryOptions) {
  // Rebuilt only when the terms change: the regular expression is the costly part.
  const built = new Map<Language, { terms: readonly GlossaryNames[]; matcher: GlossaryMatcher; byId: Map<string, GlossaryNames> }>();
  const current = (lang: Language) => {
    const now = terms(lang);
    let entry = built.get(lang);
    if (entry?.terms !== now) {
      entry = { terms: now, matcher: createGlossaryMatcher(now), byId: new Map(now.map((t) => [t.id, t])) };
      built.set(lang, entry);
    }
    return entry;
  };

  return (tree: Root, file: VFile) => {
    const lang = documentLanguage(file.path);
    const { matcher, byId } = current(lang);
    /** The term a link names, if it links to that term's entry by one of its names ("[Etorofu](/glossary/#iturup)"). */
    const linkedTerm = (link: Link) => {
      const id = glossaryIdFromUrl(link.url);
      if (!id || !byId.has(id)) return undefined;
      return matcher.find(toString(link)).some((m) => m.id === id) ? byId.get(id) : undefined;
    };
    // Terms an editor linked by hand are never linked automatically.
    const done = new Set<string>();
    visit(tree, 'link', (link) => {
      const entry = linkedTerm(link);
      if (entry) done.add(entry.id);
    });

    // The first hand-written link to each term gets the definition.
    const enhanced = new Set<string>();
    const enhanceLinks = (parent: Parent) => {
      parent.children.forEach((child, i) => {
        if (child.type === 'link') {
          const entry = linkedTerm(child);
          if (entry && !enhanced.has(entry.id)) {
            enhanced.add(entry.id);
            parent.children[i] = termNode(entry, child);
          }
        } else if ('children' in child && !ignored(child)) enhanceLinks(child);
      });
    };
    enhanceLinks(tree);

    // Then the first mention of each other term in running text.
    findAndReplace(
      tree,
      [
        matcher.pattern,
        (...args: unknown[]) => {
          const [text, ...groups] = args.slice(0, -1) as [string, ...Array<string | undefined>];
          const id = matcher.termOf(groups);
          const entry = id === undefined ? undefined : byId.get(id);
          // A term already linked keeps its words as text: returning false
          // would let a shorter name inside them ("Kurils" in "southern Kurils") match instead.
          if (!entry || done.has(entry.id)) return text;
          done.add(entry.id);
          return termNode(entry, { type: 'link', url: glossaryHref(lang, entry.id), children: [{ type: 'text', value: text }] });
        },
      ],
      { ignore: (node) => ignored(node as RootContent) },
    );
  };
}

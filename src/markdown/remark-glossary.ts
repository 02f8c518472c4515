/**
 * Links the first mention of each glossary term in a document to its
 * definition. The link is a plain link to /glossary/#<id>; next to it, hidden,
 * sits the short definition, which the <gloss-term> custom element
 * (src/scripts/glossary-term.ts) shows in place as a disclosure when the
 * reader activates the term. Without JavaScript it stays a plain link.
 *
 *     Iturup  ->  <gloss-term data-term="iturup">
 *                   <a href="/glossary/#iturup" class="gloss-term__link">Iturup</a>
 *                   <span class="gloss-term__popup" hidden data-pagefind-ignore data-name="Iturup">definition</span>
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
import type { Emphasis, Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createGlossaryMatcher, glossaryIdFromUrl, typographic, type GlossaryTerm } from '../lib/glossary';

export interface RemarkGlossaryOptions {
  terms: readonly GlossaryTerm[];
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

const glossaryHref = (id: string) => `/glossary/#${id}`;

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

/** The <gloss-term> wrapper around a link, with the hidden definition beside it. */
function termNode(entry: GlossaryTerm, link: Link): Emphasis {
  const existing = (link.data?.hProperties?.['className'] as string[] | undefined) ?? [];
  link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: [...existing, 'gloss-term__link'] } };
  return {
    type: 'emphasis',
    data: { hName: 'gloss-term', hProperties: { dataTerm: entry.id } },
    children: [
      link,
      {
        type: 'emphasis',
        data: {
          hName: 'span',
          // Only the definition: the name above it and the link to the entry
          // are added by <gloss-term> when it enhances the term (a hidden box
          // is never seen without JavaScript). Fewer nodes per term keeps
          // every render, the content store and each page smaller.
          hProperties: { className: ['gloss-term__popup'], hidden: true, dataPagefindIgnore: '', dataName: entry.term },
          hChildren: [{ type: 'text', value: typographic(entry.definition) }],
        },
        children: [],
      },
    ],
  };
}

export default function remarkGlossary({ terms }: RemarkGlossaryOptions) {
  const matcher = createGlossaryMatcher(terms);
  const byId = new Map(terms.map((t) => [t.id, t]));

  return (tree: Root) => {
    /** The term a link names, if it links to that term's entry by one of its names ("[Etorofu](/glossary/#iturup)"). */
    const linkedTerm = (link: Link) => {
      const id = glossaryIdFromUrl(link.url);
      if (!id || !byId.has(id)) return undefined;
      return matcher.find(toString(link)).some((m) => m.id === id) ? byId.get(id) : undefined;
    };
    // Terms an editor linked by hand are never linked automatically.
    const explicit = new Set<string>();
    const collect = (node: Root | RootContent) => {
      if (node.type === 'link') {
        const entry = linkedTerm(node);
        if (entry) explicit.add(entry.id);
      }
      if ('children' in node) node.children.forEach(collect);
    };
    collect(tree);
    const done = new Set<string>(explicit);
    const enhanced = new Set<string>();

    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (child.type === 'link') {
          const entry = linkedTerm(child);
          if (entry && !enhanced.has(entry.id)) {
            enhanced.add(entry.id);
            parent.children[i] = termNode(entry, child);
          }
          continue;
        }
        if (SKIP.has(child.type) || isLabel(child)) continue;
        if (child.type === 'text') {
          const matches = matcher.find(child.value, done);
          if (matches.length === 0) continue;
          const replacement: PhrasingContent[] = [];
          let at = 0;
          for (const m of matches) {
            done.add(m.id);
            if (m.start > at) replacement.push({ type: 'text', value: child.value.slice(at, m.start) });
            const link: Link = { type: 'link', url: glossaryHref(m.id), children: [{ type: 'text', value: m.text }] };
            replacement.push(termNode(byId.get(m.id)!, link));
            at = m.end;
          }
          if (at < child.value.length) replacement.push({ type: 'text', value: child.value.slice(at) });
          parent.children.splice(i, 1, ...(replacement as typeof parent.children));
          i += replacement.length - 1;
          continue;
        }
        if ('children' in child && !(child.type === 'emphasis' && child.data?.hName === 'gloss-term')) walk(child);
      }
    };
    walk(tree);
  };
}

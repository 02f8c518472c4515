/**
 * The site's Markdown pipeline: remark and rehype plugins in the order they run.
 * astro.config.mjs hands this to `unified()`, and the unit tests render
 * through the very same list, so what is tested is what is built.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import rehypeBaseLinks from './rehype-base-links';
import rehypeCitationGroups from './rehype-citation-groups';
import rehypeExternalLinkEnd from './rehype-external-link-end';
import rehypeFootnoteBackrefs from './rehype-footnote-backrefs';
import rehypeIslandsMap from './rehype-islands-map';
import rehypeParagraphIds from './rehype-paragraph-ids';
import rehypeRawWhenPresent from './rehype-raw-when-present';
import rehypeRejectUnsafeHtml from './rehype-reject-unsafe-html';
import remarkCallouts, { CALLOUT_KINDS } from './remark-callouts';
import remarkCitations from './remark-citations';
import remarkDirectiveGuard from './remark-directive-guard';
import remarkReadingTime from './remark-reading-time';
import remarkSic from './remark-sic';
import { glossaryTermsByLanguage } from '../data/files';
import { islandsMapElement } from '../data/geo';
import type { Language } from '../lib/i18n/languages';
import rehypeDocumentLanguage from './rehype-document-language';
import type { GlossaryNames } from '../lib/glossary';
import remarkGlossary from './remark-glossary';
import remarkIslandsMap, { ISLANDS_MAP_DIRECTIVE, islandsMapHandler } from './remark-islands-map';

export interface PipelineOptions {
  /** Deploy base path, "/" unless the site lives under a sub-path. */
  base?: string;
  /**
   * Glossary terms to link, or a function that gives them for each document;
   * defaults to content/glossary (or CONTENT_DIR), read again after each edit.
   */
  glossary?: readonly GlossaryNames[] | ((lang: Language) => readonly GlossaryNames[]);
  /** The figure for `::islands-map` in a document's language, as hast; defaults to the map built from world-atlas and content/places. */
  islandsMap?: (lang: Language) => Element;
}

export function markdownOptions({
  base = '/',
  glossary = glossaryTermsByLanguage(),
  islandsMap = islandsMapElement,
}: PipelineOptions = {}): UnifiedProcessorOptions {
  return {
    gfm: true,
    smartypants: true,
    remarkPlugins: [
      // Citations first: it reads footnotes and text as the editor wrote them.
      remarkCitations,
      remarkDirective,
      remarkCallouts,
      remarkSic,
      remarkIslandsMap,
      [remarkDirectiveGuard, { known: { container: Object.keys(CALLOUT_KINDS), text: ['sic'], leaf: [ISLANDS_MAP_DIRECTIVE] } }],
      // After remark-callouts (skips callout titles); its links get the base in rehype-base-links.
      [remarkGlossary, { terms: typeof glossary === 'function' ? glossary : () => glossary }],
      remarkReadingTime,
    ],
    remarkRehype: {
      handlers: { islandsMap: islandsMapHandler },
      footnoteLabel: 'Sources and notes',
      // Visible, unlike remark-rehype's default: the sources are part of the article.
      footnoteLabelProperties: { className: ['footnotes__title'] },
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
    },
    rehypePlugins: [
      // Parse raw HTML now (Astro would only do it last), so every plugin below,
      // and first the safety check, sees real elements rather than opaque strings.
      rehypeRawWhenPresent,
      rehypeRejectUnsafeHtml,
      // Our own map, as hast, after the check (content may not hold inline SVG; the map is ours).
      [rehypeIslandsMap, { render: islandsMap }],
      rehypeSlug,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'] },
          // The section's title for search sub-results: Pagefind would otherwise take the heading's whole text, this link's label included.
          headingProperties: (heading: Element) => ({ dataPagefindTitle: toString(heading) }),
          content: (heading: Element) => [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['visually-hidden'] },
              children: [{ type: 'text', value: `Link to this section: ${toString(heading)}` }],
            },
          ],
        },
      ],
      rehypeParagraphIds,
      rehypeCitationGroups,
      rehypeFootnoteBackrefs,
      [
        rehypeExternalLinks,
        {
          // Links already marked by our own hast (the map caption's source list) have their "(external link)";
          // content cannot set this class (content-html-schema), so only our markup is skipped.
          test: (link: Element) => !(Array.isArray(link.properties['className']) && link.properties['className'].includes('external')),
          rel: ['noopener', 'noreferrer', 'external'],
          properties: { className: ['external'] },
          content: { type: 'text', value: ' (external link)' },
          contentProperties: { className: ['visually-hidden'] },
        },
      ],
      rehypeExternalLinkEnd,
      // A translation's generated labels in its language, and its links to pages its language lacks yet; before the base is added.
      rehypeDocumentLanguage,
      [rehypeBaseLinks, { base }],
    ],
  };
}

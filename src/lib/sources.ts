/**
 * The one way the site writes a list of sources, as hast: publisher, linked
 * title, date and any caveat (state media, weak source). SourceList.astro
 * serialises it for pages; the islands map puts the same tree in its caption.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Source } from './content-schema';
import { formatPartialDate } from './dates';
import { typographic } from './glossary';
import { splitLastWord } from './text';

/**
 * One source: "Publisher, Title (external link), 6 December 2022 (caveat)".
 * The title's last word stays on one line with the external-link icon (see
 * prose.css), so no comma is left at the start of a line.
 */
export function sourceItem(s: Source): Element {
  const [title, lastWord] = splitLastWord(typographic(s.title));
  const parts: ElementContent[] = [
    h('span', { class: 'source-list__publisher' }, s.publisher),
    { type: 'text', value: ', ' },
    h(
      'a',
      { href: s.url, rel: 'noopener noreferrer external', class: 'external' },
      title,
      h('span', { class: 'external__end' }, lastWord),
      h('span', { class: 'visually-hidden' }, ' (external link)'),
    ),
  ];
  if (s.date) parts.push({ type: 'text', value: ', ' }, h('time', { datetime: s.date }, formatPartialDate(s.date)));
  if (s.note) parts.push({ type: 'text', value: ' ' }, h('span', { class: 'source-list__note' }, `(${s.note})`));
  return h('li', parts);
}

export interface SourceListOptions {
  /** Heading text; an empty string gives the list alone. */
  heading?: string | undefined;
  headingLevel?: 2 | 3 | undefined;
  /** id for the heading, so pages can link to their sources. */
  id?: string | undefined;
  /** Extra classes for the section. */
  className?: readonly string[] | undefined;
}

/**
 * A `<section class="source-list">` with an optional heading and the numbered
 * sources. Left out of the search index: a search should find and excerpt the
 * text, not the list of what it cites.
 */
export function sourceList(
  sources: readonly Source[],
  { heading = 'Sources', headingLevel = 2, id = 'sources', className = [] }: SourceListOptions = {},
): Element {
  return h(
    'section',
    { class: ['source-list', ...className], ariaLabelledBy: heading ? id : undefined, dataPagefindIgnore: true },
    heading ? h(`h${headingLevel}`, { id }, heading) : undefined,
    h('ol', sources.map(sourceItem)),
  );
}

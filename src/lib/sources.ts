/**
 * The one way the site writes a list of sources, as hast: publisher, linked
 * title, date and any caveat (state media, weak source). SourceList.astro
 * serialises it for pages; the islands map puts the same tree in its caption.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Source } from './content-schema';
import { typographic } from './glossary';
import { formatDate } from './i18n/dates';
import type { Language } from './i18n/languages';
import { translator } from './i18n/ui';
import { mainScriptLang, splitLastWord } from './text';

/** On a translated page, the language of a source's own words (mostly English, some Russian), for screen readers. */
function textLang(lang: Language, text: string): string | undefined {
  if (lang === 'en') return undefined;
  const main = mainScriptLang(text);
  return main === lang ? undefined : main;
}

/**
 * One source: "Publisher, Title (external link), 6 December 2022 (caveat)".
 * The title's last word stays on one line with the external-link icon (see
 * prose.css), so no comma is left at the start of a line.
 */
export function sourceItem(s: Source, lang: Language = 'en'): Element {
  const t = translator(lang);
  const [title, lastWord] = splitLastWord(typographic(s.title));
  const titleLang = textLang(lang, s.title);
  const parts: ElementContent[] = [
    h('span', { class: 'source-list__publisher', lang: textLang(lang, s.publisher) }, s.publisher),
    { type: 'text', value: ', ' },
    h(
      'a',
      { href: s.url, rel: 'noopener noreferrer external', class: 'external', lang: titleLang },
      title,
      h('span', { class: 'external__end' }, lastWord),
      // The note is in the page's language even inside a title in another.
      h('span', { class: 'visually-hidden', lang: titleLang && lang }, t('sources.external')),
    ),
  ];
  if (s.date) parts.push({ type: 'text', value: ', ' }, h('time', { datetime: s.date }, formatDate(lang, s.date)));
  if (s.note)
    parts.push({ type: 'text', value: ' ' }, h('span', { class: 'source-list__note', lang: textLang(lang, s.note) }, `(${s.note})`));
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
  /** The page's language: the heading, the dates and the link note follow it. */
  lang?: Language | undefined;
}

/**
 * A `<section class="source-list">` with an optional heading and the numbered
 * sources. Left out of the search index: a search should find and excerpt the
 * text, not the list of what it cites.
 */
export function sourceList(
  sources: readonly Source[],
  { heading, headingLevel = 2, id = 'sources', className = [], lang = 'en' }: SourceListOptions = {},
): Element {
  const title = heading ?? translator(lang)('sources.heading');
  return h(
    'section',
    { class: ['source-list', ...className], ariaLabelledBy: title ? id : undefined, dataPagefindIgnore: true },
    title ? h(`h${headingLevel}`, { id }, title) : undefined,
    h(
      'ol',
      sources.map((s) => sourceItem(s, lang)),
    ),
  );
}

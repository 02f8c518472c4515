/**
 * What only a pass over the built site can add to the search index: the
 * other names of the things a page mentions (which names a page uses is
 * known only once it is rendered), and one record per glossary term.
 * Everything else a result carries (type, date, year, topics, the parts left
 * out) is written by the templates that render the page, as
 * `data-pagefind-*` attributes (see the README's Search section).
 *
 * The other names go into a metadata field, `aka`, never into the page's
 * text: Pagefind searches metadata (since 1.5) but builds excerpts from the
 * body only, so "Etorofu" finds a page that says "Iturup" without a list of
 * names ever being shown as its excerpt.
 *
 * So does what an article covers (`covers`, for ranking): the glossary
 * terms that list it, with their other names, and its topics. Readers never
 * use it, and on an article about many terms it was most of a kilobyte of
 * every download.
 *
 * The additions go into the copy of the HTML handed to Pagefind, never into
 * the files readers download.
 */
import { TOPIC_LABELS } from '../articles';
import type { Language } from '../i18n/languages';
import { pathIn } from '../i18n/paths';
import { otherNames, type NameGroup } from './aliases';
import { COVERS_META, OTHER_NAMES_META, namesValue } from './fields';
import { scanPage } from './page-scan';

/** Sort key given to undated pages, so sorting by date keeps them (last when newest first). */
export const UNDATED_SORT_KEY = '0000';

/**
 * Parts inside indexed content that are not indexed, given to Pagefind as
 * `excludeSelectors` and read the same way by `scanPage`. They are rendered by
 * code that is not a page template (the Markdown pipeline's footnotes and
 * heading links, the shared table of contents), so they are named here
 * rather than marked `data-pagefind-ignore` where they are written:
 * navigation (a table of contents, previous/next links), the "#" heading
 * links (whose hidden label would otherwise end up in every section title),
 * footnote numbers and back arrows, the footnotes section ("Sources and
 * notes": citations, not prose, and no place for a sub-result to send a
 * reader) and the hidden "(external link)" labels.
 *
 * Pages are read as a stream, so a selector here may use element, class,
 * id and attribute selectors with descendant and child combinators, but not
 * sibling combinators or structural pseudo-classes (:first-child, :has()).
 */
export const DEFAULT_EXCLUDE = [
  'nav',
  '.toc',
  '.heading-anchor',
  '[data-footnote-ref]',
  '[data-footnote-backref]',
  'section[data-footnotes]',
  'a.external > .visually-hidden',
];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A glossary entry as `articleCovers` reads it: its names and the articles that are about it (by id). */
export interface CoveringTerm {
  term: string;
  aliases: readonly string[];
  articles: readonly string[];
}

/**
 * What an article covers: the glossary terms that list it among their
 * articles, with their other names, then its topics' names (topic ids as its
 * page links them). A search for "Iturup" or "NSS" then ranks the articles
 * about it above the events that only name it.
 */
export function articleCovers(articleId: string, terms: readonly CoveringTerm[], topics: readonly string[]): string[] {
  const labels: Record<string, string> = TOPIC_LABELS;
  return [
    ...terms.filter((t) => t.articles.includes(articleId)).flatMap((t) => [t.term, ...t.aliases]),
    ...topics.flatMap((id) => (labels[id] ? [labels[id]] : [])),
  ];
}

/**
 * The elements to add to the indexed copy of a page, or "" when nothing
 * needs adding: the other names as `aka` metadata, what an article covers
 * as `covers`, and an undated sort key for a page that gives itself no date.
 */
export function indexAdditions(names: readonly string[], dated: boolean, covers: readonly string[] = []): string {
  const tags: string[] = [];
  if (names.length) tags.push(`<span data-pagefind-meta="${OTHER_NAMES_META}:${escapeAttr(namesValue(names))}"></span>`);
  if (covers.length) tags.push(`<span data-pagefind-meta="${COVERS_META}:${escapeAttr(namesValue(covers))}"></span>`);
  if (!dated) tags.push(`<span data-pagefind-sort="date:${UNDATED_SORT_KEY}"></span>`);
  return tags.join('');
}

/**
 * The HTML to index for a page, or undefined when the page has no
 * `data-pagefind-body` (navigation pages, the 404 page, the search page):
 * the page as built, with `indexAdditions` at the start of <body>. `covers`
 * gives what the page covers from the topics it links (nothing, but for an
 * article page: see `articleCovers`).
 */
export function prepareForIndex(
  html: string,
  groups: readonly NameGroup[],
  exclude: readonly string[] = DEFAULT_EXCLUDE,
  covers: (topics: readonly string[]) => readonly string[] = () => [],
): string | undefined {
  const { facts, bodyStart } = scanPage(html, exclude);
  if (!facts.indexed) return undefined;
  const extra = indexAdditions(otherNames(facts.text, groups), facts.dated, covers(facts.topics));
  return extra ? `${html.slice(0, bodyStart)}${extra}${html.slice(bodyStart)}` : html;
}

/** The fields of a glossary entry a search record needs. */
export interface GlossaryRecordSource {
  id: string;
  term: string;
  aliases: readonly string[];
  /** The definition as the glossary page shows it. */
  definition: string;
}

/** A record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The edition a glossary's records are for: its language, and the result type as its readers see it (the filter value). */
export interface GlossaryEdition {
  lang: Language;
  type: string;
}

/**
 * One search result per glossary term of an edition, titled by the term and
 * linking to its entry on that edition's glossary page (`/glossary/#iturup`,
 * `/ja/glossary/#iturup`), in that edition's index; its text is the
 * definition, and its other names (the entry's aliases and those of its
 * name group, such as a place's Russian and Japanese names) and those of
 * what the definition mentions are searched as `aka` metadata, like a page's.
 */
export function glossaryRecords(
  terms: readonly GlossaryRecordSource[],
  groups: readonly NameGroup[],
  edition: GlossaryEdition = { lang: 'en', type: 'Glossary' },
): SearchRecord[] {
  const byId = new Map(groups.map((g) => [g.id, g.names]));
  return terms.map((t) => {
    // Its own other names, then those of what its definition mentions (as for a page).
    const names = [...new Set([...t.aliases, ...(byId.get(t.id) ?? []), ...otherNames(t.definition, groups)])].filter((n) => n !== t.term);
    return {
      url: `${pathIn(edition.lang, '/glossary/')}#${encodeURIComponent(t.id)}`,
      content: t.definition,
      language: edition.lang,
      // It covers its term, as an article covers the terms that list it: ranked with them above pages that only name it.
      meta: {
        title: t.term,
        [COVERS_META]: namesValue([t.term, ...t.aliases]),
        ...(names.length ? { [OTHER_NAMES_META]: namesValue(names) } : {}),
      },
      filters: { type: [edition.type] },
      sort: { date: UNDATED_SORT_KEY },
    };
  });
}

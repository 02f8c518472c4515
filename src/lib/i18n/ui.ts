/**
 * Every string of the interface, one dictionary per language. The English
 * dictionary defines the keys; each other language must give every key
 * (TypeScript refuses a missing one, and a unit test checks the values), so
 * no English is left on a Japanese page.
 */
import { ja } from './ui-ja';
import { searchEn } from './ui-search';
import { timelineEn } from './ui-timeline';
import { mapEn } from './ui-map';
import { downloadsEn } from './ui-downloads';
import { embedEn } from './ui-embed';
import { glossaryEn } from './ui-glossary';
import type { Language } from './languages';

const en = {
  'site.name': 'Japan–Russia Relations',
  'site.tagline': 'News analysis: the Kuril Islands / Northern Territories, security strategy and sanctions',
  'site.publisher': 'Japan–Russia Relations editorial team',
  'nav.label': 'Main',
  'nav.articles': 'Articles',
  'nav.timeline': 'Timeline',
  'nav.glossary': 'Glossary',
  'nav.about': 'About',
  'page.skip': 'Skip to content',
  'theme.toDark': 'Dark theme',
  'theme.toLight': 'Light theme',
  'search.button': 'Search',
  'search.close': 'Close',
  'search.closeLabel': 'Close search',
  'search.fullPage': 'Open the search page (shareable link)',
  'footer.about': 'About, sources and corrections policy',
  'footer.corrections': 'Corrections',
  'footer.articles': 'All articles',
  'footer.timeline': 'Timeline',
  'footer.rss': 'RSS feed',
  'footer.policy':
    'Every fact is sourced; contested figures are attributed to whoever claimed them. Place names are given as both sides use them.',
  'footer.errorsBefore': 'Found an error? See the ',
  'footer.errorsLink': 'corrections policy',
  'footer.errorsAfter': '.',
  'language.switch': 'Language',
  'language.other': '日本語',
  'translation.stale': 'This translation has not caught up with changes to the original.',
  'translation.readOriginal': 'Read the original',
  'translation.missing': 'This page has not been translated yet.',
  'translation.summary': 'This is a summary of the report, which is republished in its original language only.',
  'translation.englishOnly': '(in English)',
  'feed.title': '{site}: articles',
  'translation.originalLabel': 'Translation',
  'home.description':
    'News analysis on Japan–Russia relations: the Kuril Islands / Northern Territories dispute, Japan’s National Security Strategy, missile deployments and the 2022 sanctions.',
  'home.lead': 'Lead',
  'home.latest': 'Latest articles',
  'home.none': 'More analysis is on its way.',
  'home.explore': 'Explore',
  'home.timeline': 'Timeline of relations',
  'home.timelineText': '{count} events, from the 1855 Treaty of Shimoda through the 1993 Tokyo Declaration to the 2022 sanctions.',
  'home.searchText': 'Every article, event and glossary term, by keyword, in any spelling of a place name.',
  'home.glossaryText': 'Names, treaties and weapons explained, with sources.',
  'home.topics': 'Topics',
  'articles.title': 'Articles',
  'articles.description': 'Reports, analyses and explainers on Japan–Russia relations, newest first.',
  'articles.dek': 'Reports, analyses and explainers, newest first. Every fact is sourced.',
  'kind.report': 'Report',
  'kind.analysis': 'Analysis',
  'kind.explainer': 'Explainer',
  'topic.kuril-islands': 'Kuril Islands / Northern Territories',
  'topic.security-strategy': 'Security strategy',
  'topic.sanctions': 'Sanctions',
  'topic.military': 'Military',
  'topic.diplomacy': 'Diplomacy',
  'topic.ukraine-war': 'War in Ukraine',
  'topics.label': 'Topics:',
  'topic.kicker': 'Topic',
  'topic.keyEvents': 'Key events',
  'topic.introInEnglish': 'This introduction is not translated yet.',
  'topic.title': 'Topic: {label}',
  'topic.description': 'Articles and timeline events on {label}.',
  'topic.articles': 'Articles',
  'topic.noArticles': 'No articles on this topic yet.',
  'topic.events': 'Timeline events',
  'topic.noEventsBefore': 'No timeline events on this topic yet. See the',
  'topic.noEventsLink': 'full timeline',
  'topic.noEventsAfter': '.',
  'category.diplomacy': 'Diplomacy',
  'category.territory': 'Territory',
  'category.security-policy': 'Security policy',
  'category.military': 'Military',
  'category.sanctions': 'Sanctions',
  'importance.1': 'Context',
  'importance.2': 'Major event',
  'importance.3': 'Landmark',
  'article.published': 'Published',
  'article.minutes': '{count} min read',
  'article.corrections': 'Corrections and editor’s changes',
  'article.related': 'Related',
  'article.onTimeline': 'On the timeline',
  'article.inParagraph': 'In the paragraph “{text}”',
  'article.paragraphLegend': 'The ¶ after an event links to the paragraph of this article that tells of it.',
  'article.more': 'More articles',
  'original.label': 'Original source',
  'original.report': 'Original report:',
  'original.source': '{outlet} citing {via}',
  'original.then': ', then ',
  'dates.updated': 'Updated',
  'dates.corrected': 'Corrected',
  'corrections.heading': 'Corrections',
  'corrections.logBefore': 'All corrections on the site are listed on the',
  'corrections.logLink': 'corrections page',
  'corrections.logAfter': '.',
  'sources.heading': 'Sources',
  'sources.external': ' (external link)',
  'sources.translation': 'Sources in Japanese',
  'toc.title': 'On this page',
  'toc.sources': 'Sources and notes',
  'footnote.back': 'Back to reference {n}',
  'heading.link': 'Link to this section: {heading}',
  'paragraph.link': 'Link to this paragraph: {opening}',
  'callout.note': 'Editor’s note',
  'callout.correction': 'Correction',
  'callout.context': 'Context',
  'event.description': '{when}: {title}. An event on the Japan–Russia relations timeline, with sources.',
  'event.discussedIn': 'Discussed in',
  'event.onChart': 'See this event on the timeline',
  'event.previous': 'Previous event',
  'event.next': 'Next event',
  'related.paragraph': 'Paragraph: “{text}”',
  'glossary.kicker': 'Reference',
  'glossary.description':
    'Terms, places and documents in Japan–Russia relations, with other names and spellings in Russian and Japanese, short sourced definitions and links to the timeline and articles.',
  'glossary.dek':
    'Terms, places and documents, with their other names and spellings in Russian and Japanese. Articles link the first mention of each term here.',
  'glossary.index': 'Glossary terms',
  'glossary.mapTitle': 'The islands on a map',
  'glossary.also': 'Also:',
  'glossary.onMap': 'See it on the map of the islands',
  'glossary.articles': 'Articles',
  'glossary.placeCorrections': 'Corrections to the place data',
  'corrections.kicker': 'Our record',
  'corrections.description':
    'Every correction made on this site, newest first: the date, the article, timeline event or glossary term, and what changed.',
  'corrections.dek':
    'Every change of fact on this site, newest first, with a link to the item it changed. Each item also lists its own corrections. Notes added to a republished report on the day we first published it are shown on that report only.',
  'corrections.seeBefore': 'See our',
  'corrections.seeLink': 'corrections policy',
  'corrections.seeMiddle': ', or follow this log by',
  'corrections.feedLink': 'RSS',
  'corrections.seeAfter': '.',
  'corrections.none': 'No corrections yet.',
  'corrections.feed': '{site}: corrections',
  'correctionKind.article': 'Article',
  'correctionKind.event': 'Timeline event',
  'correctionKind.glossary': 'Glossary term',
  'correctionKind.place': 'Place',
  ...timelineEn,
  ...searchEn,
  ...mapEn,
  ...downloadsEn,
  ...embedEn,
  ...glossaryEn,
} as const;

export type UiKey = keyof typeof en;

export const UI: Record<Language, Record<UiKey, string>> = { en, ja };

/** The interface strings of one language: `const t = translator('ja'); t('nav.timeline')`. */
export const translator =
  (lang: Language) =>
  (key: UiKey): string =>
    UI[lang][key];

/** A dictionary string with its `{name}` placeholders filled in. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * The items as each language's edition shows them: the original's data with
 * the translation's text fields (src/lib/translations.ts), the entry whose
 * body the page renders, and whether the translation is there and current
 * (its sourceHash against the original file as it is now). Pages read
 * translations only through here.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import type { Source } from '../lib/content-schema';
import type { Language } from '../lib/i18n/languages';
import { translationStatus, withTranslatedText, type TranslationStatus } from '../lib/translations';
import { contentHash } from './content-gate';
import { content, type ArticleEntry, type EventEntry, type GlossaryEntry } from './content';
import { perBuild } from './per-build';

export type AboutEntry = CollectionEntry<'about'>;
type TopicIntroEntry = CollectionEntry<'topics'>;

/** One item in one language. */
export interface Localized<E extends { data: object }> {
  /** The original entry (its id and address are the item's in every language). */
  original: E;
  /** The original's data, text fields in the page's language where translated. */
  data: E['data'];
  /** The entry whose body the page renders: the translation, or the original when it is missing. */
  body: E | CollectionEntry<keyof DataEntryMap>;
  status: TranslationStatus;
  /** Sources the translation adds (official texts in its language). */
  sources: readonly Source[];
  /** True when the translation summarises the original rather than translating it. */
  summary: boolean;
}

/** The translations of each collection, by the original's id; read once per build. */
const translations = perBuild(async () => {
  const [articles, timeline, glossary, places, topics, about] = await Promise.all([
    getCollection('articlesJa'),
    getCollection('timelineJa'),
    getCollection('glossaryJa'),
    getCollection('placesJa'),
    getCollection('topicsJa'),
    getCollection('aboutJa'),
  ]);
  const byOriginal = <T extends { data: { translationOf: string } }>(entries: T[]) =>
    new Map(entries.map((e) => [e.data.translationOf, e]));
  return {
    articles: byOriginal(articles),
    timeline: byOriginal(timeline),
    glossary: byOriginal(glossary),
    places: byOriginal(places),
    topics: byOriginal(topics),
    about: byOriginal(about),
  };
});

/** The first digits of the SHA-256 of the original's file as it is now. */
const hashes = new Map<string, string>();
function currentHash(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) throw new Error(`${entry.id}: the entry has no file, so no translation can say which version it translates`);
  let hash = hashes.get(entry.filePath);
  if (hash === undefined) {
    hash = contentHash(readFileSync(entry.filePath, 'utf8'));
    if (!import.meta.env.DEV) hashes.set(entry.filePath, hash);
  }
  return hash;
}

function localize<E extends { id: string; filePath?: string | undefined; data: object }, T extends { data: Record<string, unknown> }>(
  lang: Language,
  original: E,
  translation: T | undefined,
  fields: ReadonlyArray<keyof E['data']>,
): Localized<E> {
  const found = lang === 'en' ? undefined : translation;
  const text = found?.data as Partial<E['data']> | undefined;
  return {
    original,
    data: withTranslatedText<E['data'], keyof E['data']>(original.data, text, fields),
    body: (found as unknown as CollectionEntry<keyof DataEntryMap> | undefined) ?? original,
    status: translationStatus(lang, found?.data as { sourceHash: string } | undefined, currentHash(original)),
    sources: (found?.data['sources'] as Source[] | undefined) ?? [],
    summary: found?.data['summary'] === true,
  };
}

export async function articleIn(lang: Language, article: ArticleEntry): Promise<Localized<ArticleEntry>> {
  return localize(lang, article, (await translations()).articles.get(article.id), ['title', 'description', 'byline']);
}

export async function eventIn(lang: Language, event: EventEntry): Promise<Localized<EventEntry>> {
  return localize(lang, event, (await translations()).timeline.get(event.id), ['title']);
}

export async function glossaryEntryIn(lang: Language, entry: GlossaryEntry): Promise<Localized<GlossaryEntry>> {
  return localize(lang, entry, (await translations()).glossary.get(entry.id), ['term', 'aliases', 'definition']);
}

/** A topic's introduction in `lang`. */
export async function topicIntroIn(lang: Language, intro: TopicIntroEntry): Promise<Localized<TopicIntroEntry>> {
  return localize(lang, intro, (await translations()).topics.get(intro.id), ['title']);
}

/** The About page in `lang`. */
export async function aboutIn(lang: Language): Promise<Localized<AboutEntry>> {
  const [about] = await getCollection('about');
  if (!about) throw new Error('content/about/about.md is missing: the About page is written there');
  return localize(lang, about, (await translations()).about.get(about.id), ['title', 'description']);
}

/** Every article in `lang`, newest first. */
export async function articlesIn(lang: Language): Promise<Array<Localized<ArticleEntry>>> {
  return Promise.all((await content()).articles.map((a) => articleIn(lang, a)));
}

/**
 * The title of an item of the corrections log in `lang`, or undefined when
 * it has no translation (the log then shows the English title, marked so).
 */
export async function logTitleIn(
  lang: Language,
  item: { kind: 'article' | 'event' | 'glossary' | 'place'; id: string },
): Promise<string | undefined> {
  if (lang === 'en') return undefined;
  const all = await translations();
  if (item.kind === 'article') return all.articles.get(item.id)?.data.title;
  if (item.kind === 'event') return all.timeline.get(item.id)?.data.title;
  if (item.kind === 'glossary') return all.glossary.get(item.id)?.data.term;
  return all.places.get(item.id)?.data.name;
}

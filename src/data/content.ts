/**
 * The content as pages use it. Every page reads content through here: the
 * four collections are read once per build (./per-build), checked against
 * each other once (./integrity: a reference to nothing fails the build
 * before any page is written), sorted and indexed once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, eventsByArticle } from '../lib/articles';
import { byTerm } from '../lib/glossary';
import { chronological } from '../lib/timeline/scale';
import { assertContentIntegrity } from './integrity';
import { perBuild } from './per-build';

export { render } from 'astro:content';
export type ArticleEntry = CollectionEntry<'articles'>;
export type EventEntry = CollectionEntry<'timeline'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type PlaceEntry = CollectionEntry<'places'>;

export interface Content {
  /** Every article, newest first. */
  articles: readonly ArticleEntry[];
  articlesById: ReadonlyMap<string, ArticleEntry>;
  /** Every timeline event, oldest first. */
  events: readonly EventEntry[];
  eventsById: ReadonlyMap<string, EventEntry>;
  /** The timeline events that name each article, in date order. */
  eventsByArticle: ReadonlyMap<string, EventEntry[]>;
  /** Glossary entries in alphabetical order of their term. */
  glossary: readonly GlossaryEntry[];
  placesById: ReadonlyMap<string, PlaceEntry>;
}

/** All content, validated and cross-checked; read once per build. */
export const content = perBuild(async (): Promise<Content> => {
  const [articles, timeline, glossary, places] = await Promise.all([
    getCollection('articles'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('places'),
  ]);
  assertContentIntegrity({ articles, timeline, glossary, places });
  const events = timeline.sort((a, b) => chronological({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
  const newestFirst = articles.sort(byNewest);
  return {
    articles: newestFirst,
    articlesById: new Map(newestFirst.map((a) => [a.id, a])),
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventsByArticle: eventsByArticle(events),
    glossary: glossary.sort(byTerm),
    placesById: new Map(places.map((p) => [p.id, p])),
  };
});

/** Articles and events on one topic: articles newest first, events oldest first. */
export async function onTopic(topic: string): Promise<{ articles: ArticleEntry[]; events: EventEntry[] }> {
  const all = await content();
  return {
    articles: all.articles.filter((a) => (a.data.topics as readonly string[]).includes(topic)),
    events: all.events.filter((e) => (e.data.topics as readonly string[]).includes(topic)),
  };
}

/**
 * Each glossary entry with the events (oldest first) and articles it names,
 * and the place it names, whose corrections the entry shows: the corrections
 * log links a place's corrections to that entry.
 */
export async function glossaryWithLinks(): Promise<
  Array<{ entry: GlossaryEntry; events: EventEntry[]; articles: ArticleEntry[]; place: PlaceEntry | undefined }>
> {
  const all = await content();
  const pick = <T>(byId: ReadonlyMap<string, T>, refs: ReadonlyArray<{ id: string }>) =>
    refs.flatMap((r) => {
      const found = byId.get(r.id);
      return found ? [found] : [];
    });
  return all.glossary.map((entry) => ({
    entry,
    events: pick(all.eventsById, entry.data.events).sort((a, b) => a.data.date.localeCompare(b.data.date)),
    articles: pick(all.articlesById, entry.data.articles),
    place: entry.data.place && all.placesById.get(entry.data.place.id),
  }));
}

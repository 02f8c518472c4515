/**
 * The articles collection as the pages use it, read once per build: every
 * article page asks for its related articles and events, and reading the
 * whole collection for each of them made the build quadratic in the number
 * of articles. The one module for articles that touches Astro (the rest of
 * the logic is pure, in ./articles).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, eventsByArticle } from './articles';

export type ArticleEntry = CollectionEntry<'articles'>;

interface ArticleIndex {
  /** Every article, newest first. */
  newestFirst: ArticleEntry[];
  byId: Map<string, ArticleEntry>;
  /** The timeline events that name each article, in date order. */
  events: Map<string, CollectionEntry<'timeline'>[]>;
}

let loaded: Promise<ArticleIndex> | undefined;

async function load(): Promise<ArticleIndex> {
  const [articles, timeline] = await Promise.all([getCollection('articles'), getCollection('timeline')]);
  const newestFirst = articles.sort(byNewest);
  return { newestFirst, byId: new Map(newestFirst.map((a) => [a.id, a])), events: eventsByArticle(timeline) };
}

/** The articles, indexed; memoised for the build (`astro dev` reloads content, so it asks afresh). */
export function articleIndex(): Promise<ArticleIndex> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}

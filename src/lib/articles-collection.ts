/**
 * The articles collection as the pages use it, read once per build (see
 * ./per-build). The one module for articles that touches Astro (the rest of
 * the logic is pure, in ./articles).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, eventsByArticle } from './articles';
import { perBuild } from './per-build';

export type ArticleEntry = CollectionEntry<'articles'>;

interface ArticleIndex {
  /** Every article, newest first. */
  newestFirst: ArticleEntry[];
  byId: Map<string, ArticleEntry>;
  /** The timeline events that name each article, in date order. */
  events: Map<string, CollectionEntry<'timeline'>[]>;
}

/** The articles, indexed; read once per build. */
export const articleIndex = perBuild(async (): Promise<ArticleIndex> => {
  const [articles, timeline] = await Promise.all([getCollection('articles'), getCollection('timeline')]);
  const newestFirst = articles.sort(byNewest);
  return { newestFirst, byId: new Map(newestFirst.map((a) => [a.id, a])), events: eventsByArticle(timeline) };
});

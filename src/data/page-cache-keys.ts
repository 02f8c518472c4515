/**
 * Cache keys for Astro's incremental static builds (`experimental.incrementalBuild`):
 * with the build cache kept, a page whose key and code are unchanged since
 * the last build is copied from the cache instead of rendered again. Astro
 * hashes each page's code; the key must change whenever the content the page
 * shows does. It is coarse on purpose, since a page shown stale is worse than
 * a slower build:
 *
 * - every page's key holds the whole content folder except the articles'
 *   text: every event, glossary term, place, topic and the About page, with
 *   their translations, in full (file digest, data and rendered HTML), and
 *   every article's data (title, dates, topics, corrections, …) and
 *   translation status in each language;
 * - an article page adds its article and the article's translation in full;
 * - an event page adds, in full, the articles it names (it quotes their
 *   paragraphs) and their translations.
 *
 * So editing one article's text renders again its page in each edition and
 * the pages of the events that name it; any other change renders every keyed
 * page again. Pages without a key (lists, topics, the glossary, feeds) are
 * rendered on every build.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import { LANGUAGES } from '../lib/i18n/languages';
import { KEYED_IN_FULL } from '../lib/page-cache';
import type { ArticleEntry, EventEntry } from './content';
import { perBuild } from './per-build';
import { articleIn } from './translations';

type AnyEntry = CollectionEntry<keyof DataEntryMap>;

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** An entry in full: what its file holds, what the schema made of it, and what it renders to. */
function fullKey(entry: AnyEntry): string {
  const { rendered } = entry as { rendered?: { html: string; metadata?: unknown } };
  return sha256([entry.collection, entry.id, entry.digest ?? null, entry.data, rendered?.html ?? null, rendered?.metadata ?? null]);
}

const keys = perBuild(async () => {
  const [articles, articlesJa, ...others] = await Promise.all([
    getCollection('articles'),
    getCollection('articlesJa'),
    ...KEYED_IN_FULL.map((name) => getCollection(name)),
  ]);
  const articleKeys = new Map(articles.map((a) => [a.id, fullKey(a)]));
  const translationKeys = new Map(articlesJa.map((t) => [t.data.translationOf, fullKey(t)]));
  const articleData = await Promise.all(
    [...articles]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(async (a) => [a.id, a.data, await Promise.all(LANGUAGES.map(async (lang) => (await articleIn(lang, a)).status))]),
  );
  const site = sha256([articleData, others.flat().map(fullKey).sort()]);
  /** An article's key in full, with its translation's. */
  const article = (id: string) => [articleKeys.get(id) ?? null, translationKeys.get(id) ?? null];
  return { site, article };
});

/** The cache key of an article's page, in either edition. */
export async function articlePageKey(entry: ArticleEntry): Promise<string> {
  const { site, article } = await keys();
  return sha256([site, article(entry.id)]);
}

/** The cache key of an event's page, in either edition: the articles it names are quoted on it. */
export async function eventPageKey(entry: EventEntry): Promise<string> {
  const { site, article } = await keys();
  const named = [...new Set(entry.data.related.map((r) => r.article.id))].sort();
  return sha256([site, named.map(article)]);
}

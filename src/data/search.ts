/** What the site's search needs from the content. */
import { getCollection } from 'astro:content';
import { vocabularyWords } from '../lib/search/suggest';
import { namesValue } from '../lib/search/fields';
import { TOPIC_LABELS } from '../lib/articles';
import { content, type ArticleEntry } from './content';

/** The words "Did you mean …" may offer (src/lib/search/suggest.ts): names and terms first, then event titles. */
export async function searchVocabulary(): Promise<string[]> {
  const [all, places] = await Promise.all([content(), getCollection('places')]);
  return vocabularyWords([
    ...all.glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
    ...places.flatMap((p) => [p.data.name, p.data.russian.latin, p.data.japanese.latin]),
    ...all.events.map((e) => e.data.title),
  ]);
}

/**
 * What an article covers, for search ranking (the article's `covers`
 * metadata): the glossary terms that list it among their articles, with
 * their other names, and its topics. A search for "Iturup" or "NSS" then
 * ranks the articles about it above the events that only name it.
 */
export async function articleCovers(article: ArticleEntry): Promise<string> {
  const all = await content();
  const terms = all.glossary.filter((g) => g.data.articles.some((a) => a.id === article.id));
  return namesValue([...terms.flatMap((g) => [g.data.term, ...g.data.aliases]), ...article.data.topics.map((t) => TOPIC_LABELS[t])]);
}

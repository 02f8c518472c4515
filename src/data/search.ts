/** What the site's search needs from the content. */
import { getCollection } from 'astro:content';
import { vocabularyWords } from '../lib/search/suggest';
import { content } from './content';

/** The words "Did you mean …" may offer (src/lib/search/suggest.ts): names and terms first, then event titles. */
export async function searchVocabulary(): Promise<string[]> {
  const [all, places] = await Promise.all([content(), getCollection('places')]);
  return vocabularyWords([
    ...all.glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
    ...places.flatMap((p) => [p.data.name, p.data.russian.latin, p.data.japanese.latin]),
    ...all.events.map((e) => e.data.title),
  ]);
}

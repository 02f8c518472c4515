/** The words "Did you mean …" may offer (see src/lib/search/suggest.ts): names and terms first, then event titles. */
import { getCollection } from 'astro:content';
import { vocabularyWords } from '../../lib/search/suggest';

export async function GET() {
  const [glossary, places, events] = await Promise.all([getCollection('glossary'), getCollection('places'), getCollection('timeline')]);
  const words = vocabularyWords([
    ...glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
    ...places.flatMap((p) => [p.data.name, p.data.russian.latin, p.data.japanese.latin]),
    ...events.map((e) => e.data.title),
  ]);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}

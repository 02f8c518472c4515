import { searchVocabulary } from '../../data/search';

export async function GET() {
  return new Response(JSON.stringify(await searchVocabulary()), { headers: { 'Content-Type': 'application/json' } });
}

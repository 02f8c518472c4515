/** The search dialog's words in Japanese, fetched when it first opens (so they are not in every page). */
import { searchTextJson } from '../../../lib/search/page-text';

export function GET() {
  return new Response(searchTextJson('ja'), { headers: { 'Content-Type': 'application/json' } });
}

/** The English glossary terms' pop-up texts, fetched when a term in an article is first opened (so they are not in every page). */
import { glossaryPopupsJson } from '../../data/glossary-popups';

export function GET() {
  return new Response(glossaryPopupsJson('en'), { headers: { 'Content-Type': 'application/json' } });
}

import type { APIContext } from 'astro';
import { eventRecords } from '../../data/timeline';
import { eventsDocument } from '../../lib/timeline/export';
import { downloadType, EVENTS_SCHEMA_PATH, requireSite } from '../../lib/timeline/downloads';
import { SITE } from '../../lib/site';
import { url } from '../../lib/urls';

export async function GET({ site }: APIContext) {
  const base = requireSite(site);
  const doc = eventsDocument(await eventRecords(base), {
    title: `${SITE.name}: timeline`,
    source: new URL(url('/timeline/'), base).href,
    schema: new URL(url(EVENTS_SCHEMA_PATH), base).href,
  });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': downloadType('/timeline/events.json') } });
}

import type { APIContext } from 'astro';
import { eventsJsonSchema } from '../../lib/timeline/export';
import { EVENTS_SCHEMA_PATH, requireSite } from '../../lib/timeline/downloads';
import { url } from '../../lib/urls';

export function GET({ site }: APIContext) {
  const schema = eventsJsonSchema(new URL(url(EVENTS_SCHEMA_PATH), requireSite(site)).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
}

import type { APIContext } from 'astro';
import { eventRecords } from '../../data/timeline';
import { eventsIcs } from '../../lib/timeline/export';
import { downloadType, newestDay, requireSite } from '../../lib/timeline/downloads';
import { SITE } from '../../lib/site';

export async function GET({ site }: APIContext) {
  const base = requireSite(site);
  const records = await eventRecords(base);
  const ics = eventsIcs(records, {
    name: `${SITE.name}: timeline`,
    domain: base.hostname,
    stamp: newestDay(records.flatMap((r) => [r.date, ...(r.endDate ? [r.endDate] : [])])),
  });
  return new Response(ics, { headers: { 'Content-Type': downloadType('/timeline/events.ics') } });
}

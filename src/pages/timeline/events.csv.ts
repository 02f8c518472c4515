import type { APIContext } from 'astro';
import { eventRecords } from '../../data/timeline';
import { eventsCsv } from '../../lib/timeline/export';
import { downloadType, requireSite } from '../../lib/timeline/downloads';

export async function GET({ site }: APIContext) {
  const csv = eventsCsv(await eventRecords(requireSite(site)));
  return new Response(csv, { headers: { 'Content-Type': downloadType('/timeline/events.csv') } });
}

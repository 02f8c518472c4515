import type { APIContext } from 'astro';
import { eventRecords } from '../../data/timeline';
import { timelineJsDocument } from '../../lib/timeline/export';
import { downloadType, requireSite } from '../../lib/timeline/downloads';
import { CATEGORY_LABELS } from '../../lib/timeline/categories';
import { SITE } from '../../lib/site';

export async function GET({ site }: APIContext) {
  const doc = timelineJsDocument(await eventRecords(requireSite(site)), {
    headline: `${SITE.name}: a timeline`,
    text: 'Japan–Russia relations from the 1855 Treaty of Shimoda onwards; every event dated and sourced.',
    categoryLabels: CATEGORY_LABELS,
  });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': downloadType('/timeline/timelinejs.json') } });
}

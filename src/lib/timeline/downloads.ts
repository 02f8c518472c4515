/**
 * The timeline downloads: their paths, media types and labels, for the endpoints and the "Download the data" links
 * (each link's note is `timeline.download.<id>` in the dictionaries).
 */
export const TIMELINE_DOWNLOADS = [
  { path: '/timeline/events.json', type: 'application/json', label: 'JSON', id: 'json' },
  { path: '/timeline/events.csv', type: 'text/csv; charset=utf-8', label: 'CSV', id: 'csv' },
  { path: '/timeline/events.ics', type: 'text/calendar; charset=utf-8', label: 'iCalendar', id: 'ics' },
  { path: '/timeline/timelinejs.json', type: 'application/json', label: 'TimelineJS', id: 'timelinejs' },
] as const;

export const EVENTS_SCHEMA_PATH = '/timeline/events.schema.json';

export function downloadType(path: string): string {
  const d = TIMELINE_DOWNLOADS.find((x) => x.path === path);
  if (!d) throw new Error(`no timeline download at ${path}`);
  return d.type;
}

/** The downloads carry absolute URLs, so they need the configured `site`. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: the timeline downloads use absolute URLs');
  return site;
}

/** DTSTAMP for the calendar: the newest day in the record, so the same content gives the same file. */
export function newestDay(dates: readonly string[]): Date {
  const newest = dates.reduce((a, b) => (b > a ? b : a), '0000');
  const [y = 1970, m = 1, d = 1] = newest.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

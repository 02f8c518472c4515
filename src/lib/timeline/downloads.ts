/**
 * The timeline downloads: their paths, media types and labels, for the endpoints and the "Download the data" links
 * (each link's note is `timeline.download.<id>` in the dictionaries), and each file's text in each edition.
 */
import type { Language } from '../i18n/languages';
import { pathIn } from '../i18n/paths';
import { fill, translator } from '../i18n/ui';
import { eventsCsv, eventsDocument, eventsIcs, timelineJsDocument, type EventRecord } from './export';

/** The English paths; each other edition has the same files under its /<code>/ (pathIn). */
export const TIMELINE_DOWNLOADS = [
  { path: '/timeline/events.json', type: 'application/json', label: 'JSON', id: 'json' },
  { path: '/timeline/events.csv', type: 'text/csv; charset=utf-8', label: 'CSV', id: 'csv' },
  { path: '/timeline/events.ics', type: 'text/calendar; charset=utf-8', label: 'iCalendar', id: 'ics' },
  { path: '/timeline/timelinejs.json', type: 'application/json', label: 'TimelineJS', id: 'timelinejs' },
] as const;

export type DownloadId = (typeof TIMELINE_DOWNLOADS)[number]['id'];
const TYPES = Object.fromEntries(TIMELINE_DOWNLOADS.map((d) => [d.id, d.type])) as Record<DownloadId, string>;

/** One schema for every edition: the fields are the same, only their text's language differs (the document's `lang`). */
export const EVENTS_SCHEMA_PATH = '/timeline/events.schema.json';

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

export interface DownloadContext {
  lang: Language;
  /** The site's host name, for the calendar's UIDs. */
  domain: string;
  /** The absolute URL of a root-relative site path (base included). */
  link: (path: string) => string;
}

/** A download's text and media type, in `lang`'s edition: its words in that language, its URLs to that edition's pages. */
export function downloadFile(
  id: DownloadId,
  records: EventRecord[],
  { lang, domain, link }: DownloadContext,
): { body: string; type: string } {
  const t = translator(lang);
  const site = t('site.name');
  const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
  const body = {
    json: () =>
      json(
        eventsDocument(records, {
          title: fill(t('downloads.title'), { site }),
          source: link(pathIn(lang, '/timeline/')),
          schema: link(EVENTS_SCHEMA_PATH),
          lang,
        }),
      ),
    csv: () => eventsCsv(records),
    ics: () =>
      eventsIcs(records, {
        name: fill(t('downloads.title'), { site }),
        domain,
        stamp: newestDay(records.flatMap((r) => [r.date, ...(r.endDate ? [r.endDate] : [])])),
        lang,
      }),
    timelinejs: () =>
      json(
        timelineJsDocument(records, {
          headline: fill(t('downloads.timelineJsHeadline'), { site }),
          text: t('downloads.timelineJsText'),
          lang,
        }),
      ),
  }[id]();
  return { body, type: TYPES[id] };
}

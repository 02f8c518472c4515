/**
 * The timeline as data for reuse: one record shape, written out as versioned
 * JSON (with its JSON Schema), CSV, iCalendar and TimelineJS3 JSON. Pure: the
 * pages hand in records and absolute URLs; the same input gives the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import ical, { foldLines } from 'ical-generator';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { CATEGORIES, type Category } from '../categories';
import { TOPICS } from '../content-schema';
import type { Source } from '../content-schema';
import type { Precision } from '../dates';
import { LANGUAGES, type Language } from '../i18n/languages';
import { fill, translator } from '../i18n/ui';

/** Bumped when a field is removed or changes meaning; new optional fields keep the version. */
const EVENTS_FORMAT_VERSION = 1;

export interface EventRecord {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow. */
  date: string;
  precision: Precision;
  /** Last day, for events that span several days (YYYY-MM-DD). */
  endDate?: string;
  title: string;
  category: Category;
  /** 3 landmark, 2 major, 1 context. */
  importance: 1 | 2 | 3;
  topics: string[];
  /** The event's account on this site, as plain text. */
  summary: string;
  sources: Source[];
  /** The event's page on this site (absolute). */
  url: string;
}

export interface EventsDocument {
  version: typeof EVENTS_FORMAT_VERSION;
  /** The JSON Schema this document follows (absolute URL). */
  schema: string;
  title: string;
  /** The language of the titles and summaries (BCP 47); dates, ids and categories are the same in every language. */
  lang: Language;
  /** The timeline page the data comes from. */
  source: string;
  events: EventRecord[];
}

export function eventsDocument(
  events: EventRecord[],
  meta: { title: string; source: string; schema: string; lang: Language },
): EventsDocument {
  return { version: EVENTS_FORMAT_VERSION, schema: meta.schema, title: meta.title, lang: meta.lang, source: meta.source, events };
}

const partialDatePattern = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** JSON Schema (draft 2020-12) of `/timeline/events.json`, published beside it. */
export function eventsJsonSchema(id: string): Record<string, unknown> {
  const text = { type: 'string', minLength: 1 };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Japan–Russia relations timeline events',
    description: `Version ${EVENTS_FORMAT_VERSION}. Dates are partial ISO 8601 dates as precise as the sources allow.`,
    type: 'object',
    required: ['version', 'schema', 'title', 'source', 'events'],
    additionalProperties: false,
    properties: {
      version: { const: EVENTS_FORMAT_VERSION },
      schema: { type: 'string', format: 'uri' },
      title: text,
      lang: { enum: [...LANGUAGES] },
      source: { type: 'string', format: 'uri' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'date', 'precision', 'title', 'category', 'importance', 'topics', 'summary', 'sources', 'url'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
            date: { type: 'string', pattern: partialDatePattern },
            precision: { enum: ['day', 'month', 'year'] },
            endDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            title: text,
            category: { enum: [...CATEGORIES] },
            importance: { enum: [1, 2, 3] },
            topics: { type: 'array', items: { enum: [...TOPICS] } },
            summary: text,
            url: { type: 'string', format: 'uri' },
            sources: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['publisher', 'title', 'url'],
                additionalProperties: false,
                properties: {
                  publisher: text,
                  title: text,
                  url: { type: 'string', format: 'uri' },
                  date: { type: 'string', pattern: partialDatePattern },
                  ref: text,
                  note: text,
                },
              },
            },
          },
        },
      },
    },
  };
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'end_date',
  'title',
  'category',
  'importance',
  'topics',
  'summary',
  'url',
  'sources',
] as const;

/** RFC 4180 CSV, one row per event; topics and sources (as "publisher: title <url>") joined by " | ". */
export function eventsCsv(events: EventRecord[]): string {
  const rows = events.map((e) => [
    e.id,
    e.date,
    e.precision,
    e.endDate ?? '',
    e.title,
    e.category,
    String(e.importance),
    e.topics.join(' | '),
    e.summary,
    e.url,
    e.sources.map((s) => `${s.publisher}: ${s.title} <${s.url}>`).join(' | '),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

/** UTC midnight of a YYYY-MM-DD day, shifted by whole days (the calendar writer reads UTC fields). */
function utcDay(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays));
}

/** The all-day span an event covers in a calendar, or undefined for a year-only date. */
export function calendarSpan(e: Pick<EventRecord, 'date' | 'precision' | 'endDate'>): { start: Date; end: Date } | undefined {
  if (e.precision === 'year') return undefined;
  if (e.precision === 'month') {
    const [y, m] = e.date.split('-').map(Number) as [number, number];
    return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
  }
  // iCalendar's DTEND of an all-day event is the day after the last one.
  return { start: utcDay(e.date), end: utcDay(e.endDate ?? e.date, 1) };
}

/** The properties of the calendar whose text is in its language (RFC 5545 and 7986 let each carry LANGUAGE). */
const TEXT_PROPERTIES = /^(NAME|X-WR-CALNAME|X-WR-CALDESC|SUMMARY|DESCRIPTION|CATEGORIES)(?=:)/gm;

/** The calendar with LANGUAGE on each text property, folded again (the writer has no option for it). */
export function withLanguage(ics: string, lang: Language): string {
  return foldLines(ics.replace(/\r\n[ \t]/g, '').replace(TEXT_PROPERTIES, `$1;LANGUAGE=${lang}`));
}

/**
 * iCalendar: one all-day VEVENT per event dated to the day (over its days) or
 * to the month (over the whole month, said in the description). Year-only
 * events have no day to put in a calendar and are left out, as the calendar's
 * description says. `stamp` is DTSTAMP: pass a content date so builds repeat.
 * The words are in `lang`, the categories by their names in it.
 */
export function eventsIcs(events: EventRecord[], meta: { name: string; domain: string; stamp: Date; lang: Language }): string {
  const t = translator(meta.lang);
  const calendar = ical({
    name: meta.name,
    prodId: { company: meta.domain, product: 'timeline', language: meta.lang.toUpperCase() },
    description: fill(t('downloads.calendarDescription'), { name: meta.name }),
  });
  for (const e of events) {
    const span = calendarSpan(e);
    if (!span) continue;
    const sources = e.sources.map((s) => `${s.publisher}, ${s.title} <${s.url}>`).join(t('downloads.sourceSeparator'));
    const text = fill(t('downloads.eventDescription'), { summary: e.summary, sources });
    calendar.createEvent({
      // Another edition's copy of an event is another calendar entry: a calendar holding both keeps both.
      id: meta.lang === 'en' ? `${e.id}@${meta.domain}` : `${e.id}.${meta.lang}@${meta.domain}`,
      start: span.start,
      end: span.end,
      allDay: true,
      stamp: meta.stamp,
      summary: e.title,
      description: e.precision === 'month' ? fill(t('downloads.monthOnly'), { text }) : text,
      url: e.url,
      categories: [{ name: t(`category.${e.category}`) }],
    });
  }
  return withLanguage(calendar.toString(), meta.lang);
}

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), one slide per event. */
export function timelineJsDocument(events: EventRecord[], meta: { headline: string; text: string; lang: Language }) {
  const t = translator(meta.lang);
  return {
    title: { text: { headline: meta.headline, text: meta.text } },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: timelineJsDate(e.date),
      ...(e.endDate ? { end_date: timelineJsDate(e.endDate) } : {}),
      group: t(`category.${e.category}`),
      // TimelineJS renders `text` as HTML: built as a tree, so our plain text never becomes markup there.
      text: { headline: e.title, text: toHtml([h('p', e.summary), h('p', [h('a', { href: e.url }, t('downloads.sourcesAndDetails'))])]) },
    })),
  };
}

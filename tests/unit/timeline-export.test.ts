import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import {
  CSV_COLUMNS,
  calendarSpan,
  eventsCsv,
  eventsDocument,
  eventsIcs,
  eventsJsonSchema,
  timelineJsDocument,
  type EventRecord,
} from '../../src/lib/timeline/export';
import { accountText, eventRecord } from '../../src/lib/timeline/records';
import { newestDay } from '../../src/lib/timeline/downloads';

const source = { publisher: 'MOFA', title: 'Tokyo Declaration', url: 'https://www.mofa.go.jp/x.html', date: '1993-10-13' };
const records: EventRecord[] = [
  {
    id: '1875-treaty',
    date: '1875',
    precision: 'year',
    title: 'A year-only event',
    category: 'territory',
    importance: 2,
    topics: ['kuril-islands'],
    summary: 'Text.',
    sources: [source],
    url: 'https://example.org/timeline/1875-treaty/',
  },
  {
    id: '1993-10-13-tokyo',
    date: '1993-10-13',
    precision: 'day',
    endDate: '1993-10-15',
    title: 'Tokyo Declaration, "signed"; with commas',
    category: 'diplomacy',
    importance: 3,
    topics: ['diplomacy', 'kuril-islands'],
    summary: 'First line, with a comma.\n\nSecond paragraph <b>not markup</b>.',
    sources: [source, { publisher: 'Kremlin', title: 'Visit', url: 'http://en.kremlin.ru/y' }],
    url: 'https://example.org/timeline/1993-10-13-tokyo/',
  },
  {
    id: '2016-11-missiles',
    date: '2016-11',
    precision: 'month',
    title: 'A month-precision event',
    category: 'military',
    importance: 1,
    topics: [],
    summary: 'Text.',
    sources: [source],
    url: 'https://example.org/timeline/2016-11-missiles/',
  },
];

describe('events.json', () => {
  it('validates against its own JSON Schema', () => {
    const schemaUrl = 'https://example.org/timeline/events.schema.json';
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(eventsJsonSchema(schemaUrl));
    const doc = eventsDocument(records, { title: 'T', source: 'https://example.org/timeline/', schema: schemaUrl, lang: 'en' });
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.version).toBe(1);
  });

  it('rejects a record the schema does not describe', () => {
    const validate = new Ajv2020({ validateFormats: false }).compile(eventsJsonSchema('https://example.org/s.json'));
    const bad = eventsDocument([{ ...records[1]!, date: '1993-13-01' }], {
      title: 'T',
      source: 'https://e.org/',
      schema: 'https://e.org/s',
      lang: 'en',
    });
    expect(validate(bad)).toBe(false);
    expect(
      validate({ ...eventsDocument(records, { title: 'T', source: 'https://e.org/', schema: 'https://e.org/s', lang: 'en' }), lang: 'fr' }),
    ).toBe(false);
  });
});

describe('events.csv', () => {
  it('is RFC 4180: a header row, one row per event, CRLF, quoted fields round-trip', () => {
    const csv = eventsCsv(records);
    expect(csv).toContain('\r\n');
    const rows = parse<Record<string, string>>(csv, { columns: true, record_delimiter: '\r\n' });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toMatchObject({
      id: '1993-10-13-tokyo',
      title: 'Tokyo Declaration, "signed"; with commas',
      end_date: '1993-10-15',
      topics: 'diplomacy | kuril-islands',
      summary: records[1]!.summary,
      sources: 'MOFA: Tokyo Declaration <https://www.mofa.go.jp/x.html> | Kremlin: Visit <http://en.kremlin.ru/y>',
    });
  });
});

describe('events.ics', () => {
  const stamp = new Date(Date.UTC(2023, 6, 28));
  const ics = eventsIcs(records, { name: 'Timeline', domain: 'example.org', stamp, lang: 'en' });
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses, with one all-day event per day- or month-dated event and none for year-only ones', () => {
    expect(events.map((e) => e.uid)).toEqual(['1993-10-13-tokyo@example.org', '2016-11-missiles@example.org']);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('dated only to the year are not included');
  });

  it('spans the event’s days, DTEND being the day after the last', () => {
    const [tokyo, month] = events;
    expect(tokyo!.startDate.isDate).toBe(true);
    expect(tokyo!.startDate.toString()).toBe('1993-10-13');
    expect(tokyo!.endDate.toString()).toBe('1993-10-16');
    expect(month!.startDate.toString()).toBe('2016-11-01');
    expect(month!.endDate.toString()).toBe('2016-12-01');
    expect(month!.description).toMatch(/^Date known to the month only\./);
  });

  it('carries summary, sources and URL, and the same bytes for the same input', () => {
    expect(events[0]!.summary).toBe(records[1]!.title);
    expect(events[0]!.description).toContain('Kremlin, Visit <http://en.kremlin.ru/y>');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(records[1]!.url);
    expect(eventsIcs(records, { name: 'Timeline', domain: 'example.org', stamp, lang: 'en' })).toBe(ics);
  });

  it('names each event’s category and marks its text as English', () => {
    expect(events[0]!.component.getFirstPropertyValue('categories')).toBe('Diplomacy');
    expect(events[0]!.component.getFirstProperty('summary')!.getParameter('language')).toBe('en');
    expect(ics).toMatch(/^PRODID:-\/\/example\.org\/\/timeline\/\/EN\r$/m);
  });

  it('writes the same days in any time zone of the build machine', () => {
    expect(calendarSpan({ date: '1855-02-07', precision: 'day' })).toEqual({
      start: new Date('1855-02-07T00:00:00Z'),
      end: new Date('1855-02-08T00:00:00Z'),
    });
  });
});

describe('TimelineJS export', () => {
  it('writes TimelineJS3 slides with partial dates, groups, and text as escaped HTML', () => {
    const doc = timelineJsDocument(records, { headline: 'H', text: 'T', lang: 'en' });
    expect(doc.events[0]).toMatchObject({ unique_id: '1875-treaty', start_date: { year: 1875 }, group: 'Territory' });
    expect(doc.events[0]!.start_date).not.toHaveProperty('month');
    expect(doc.events[1]).toMatchObject({ start_date: { year: 1993, month: 10, day: 13 }, end_date: { year: 1993, month: 10, day: 15 } });
    expect(doc.events[2]!.start_date).toEqual({ year: 2016, month: 11 });
    expect(doc.events[1]!.text.text).toContain('&#x3C;b>not markup&#x3C;/b>');
    expect(doc.events[1]!.text.text).toContain('<a href="https://example.org/timeline/1993-10-13-tokyo/">Sources and details</a>');
  });
});

describe('event records', () => {
  it('takes the account’s paragraphs as text, without the map, hidden pop-ups or screen-reader-only text', () => {
    const html =
      '<p>The <gloss-term><a href="/glossary/#t">treaty</a><span class="gloss-term__popup" hidden>Its definition.</span></gloss-term> held. ' +
      'Russia said <a class="external" href="https://x.example/">so<span class="visually-hidden"> (external link)</span></a>.</p>' +
      '<figure class="islands-map"><svg><text>Iturup</text></svg><figcaption>Map</figcaption></figure><p>Second   one.</p>';
    expect(accountText(html)).toBe('The treaty held. Russia said so.\n\nSecond one.');
  });

  it('copies the fields the downloads promise', () => {
    const r = eventRecord(
      {
        id: 'e',
        data: {
          title: 'T',
          date: '2022',
          precision: 'year',
          category: 'sanctions',
          importance: 1,
          topics: ['sanctions'],
          sources: [source],
        },
        html: '<p>A.</p>',
      },
      'https://example.org/timeline/e/',
    );
    expect(r).toEqual({
      id: 'e',
      date: '2022',
      precision: 'year',
      title: 'T',
      category: 'sanctions',
      importance: 1,
      topics: ['sanctions'],
      summary: 'A.',
      sources: [source],
      url: 'https://example.org/timeline/e/',
    });
  });

  it('stamps the calendar with the newest day of the record', () => {
    expect(newestDay(['1855-02-07', '2023-07', '2022-12-16'])).toEqual(new Date('2023-07-01T00:00:00Z'));
  });
});

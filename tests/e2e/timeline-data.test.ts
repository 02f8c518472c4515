/**
 * The timeline downloads, fetched from the built site: each parses (JSON
 * against its published schema, CSV as RFC 4180, iCalendar with ical.js) and
 * says what the content files say; /timeline/ links to them; event pages
 * carry their data as JSON-LD.
 */
import { contentFiles } from '../support/content-files';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');

interface ContentEvent {
  id: string;
  title: string;
  date: string;
  precision: string;
  category: string;
}

/** The events as editors wrote them: each file's front matter. */
const contentEvents: ContentEvent[] = contentFiles('timeline')
  .map(({ id, text }) => ({ id, ...(parseYaml(text.split(/^---$/m)[1] ?? '') as Omit<ContentEvent, 'id'>) }))
  .sort((a, b) => a.id.localeCompare(b.id));

async function download(path: string): Promise<{ type: string; text: string }> {
  const res = await fetch(pageUrl(siteUrl, path));
  expect(res.status, path).toBe(200);
  return { type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('timeline downloads', () => {
  it('events.json follows its schema and lists every event as the content files give it', async () => {
    const doc = JSON.parse((await download('/timeline/events.json')).text) as {
      schema: string;
      events: Array<ContentEvent & { url: string; summary: string }>;
    };
    const schema = JSON.parse((await download('/timeline/events.schema.json')).text) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(new URL(doc.schema).pathname).toMatch(/\/timeline\/events\.schema\.json$/);
    expect(byId(doc.events).map(({ id, title, date, precision, category }) => ({ id, title, date, precision, category }))).toEqual(
      contentEvents.map(({ id, title, date, precision, category }) => ({ id, title, date: String(date), precision, category })),
    );
    for (const e of doc.events) {
      expect(e.summary.length, e.id).toBeGreaterThan(20);
      expect(new URL(e.url).pathname.endsWith(`/timeline/${e.id}/`), e.url).toBe(true);
    }
  });

  it('events.csv has a header and one row per event', async () => {
    const { type, text } = await download('/timeline/events.csv');
    expect(type).toMatch(/^text\/csv/);
    const rows = parseCsv<Record<string, string>>(text, { columns: true });
    expect(rows).toHaveLength(contentEvents.length);
    expect(byId(rows.map((r) => ({ id: r['id']!, title: r['title']! })))).toEqual(contentEvents.map(({ id, title }) => ({ id, title })));
  });

  it('events.ics is valid iCalendar with one all-day event per event dated to the day or month', async () => {
    const { type, text } = await download('/timeline/events.ics');
    expect(type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const dated = contentEvents.filter((e) => e.precision !== 'year');
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(dated.map((e) => e.id));
    for (const e of events) {
      const content = dated.find((c) => e.uid.startsWith(`${c.id}@`))!;
      expect(e.startDate.isDate, e.uid).toBe(true);
      expect(e.startDate.toString().startsWith(String(content.date)), e.uid).toBe(true);
      expect(e.summary).toBe(content.title);
    }
  });

  it('timelinejs.json has a slide per event', async () => {
    const doc = JSON.parse((await download('/timeline/timelinejs.json')).text) as {
      events: Array<{ unique_id: string; text: { headline: string } }>;
    };
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual(contentEvents.map((e) => e.id));
  });

  it('/timeline/ links to every download', async () => {
    const html = (await download('/timeline/')).text;
    for (const path of ['events.json', 'events.csv', 'events.ics', 'timelinejs.json', 'events.schema.json']) {
      expect(html).toMatch(new RegExp(`href="[^"]*/timeline/${path.replace('.', '\\.')}"`));
    }
  });

  it('an event page carries its date and sources as JSON-LD', async () => {
    const event = contentEvents.find((e) => e.id === '1993-10-13-tokyo-declaration')!;
    const html = (await download(`/timeline/${event.id}/`)).text;
    const ld = JSON.parse(/<script type="application\/ld\+json">(.+?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'CreativeWork', name: event.title, temporalCoverage: '1993-10-13' });
    expect((ld['citation'] as unknown[]).length).toBeGreaterThan(0);
  });
});

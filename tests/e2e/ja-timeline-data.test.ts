/**
 * The Japanese edition's timeline downloads, fetched from the built site:
 * each parses (JSON against the shared schema, CSV as RFC 4180, iCalendar
 * with ical.js) and carries the translations' titles and /ja/ addresses;
 * /ja/timeline/ links to them; Japanese pages' JSON-LD says they are in
 * Japanese.
 */
import { contentFiles } from '../support/content-files';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { pageUrl } from '../support/site';
import { UI } from '../../src/lib/i18n/ui';

const siteUrl = inject('siteUrl');

/** Each event's date, precision and category from its original, its title from its Japanese translation. */
const front = (text: string) => parseYaml(text.split(/^---$/m)[1] ?? '') as Record<string, string>;
const titleJa = new Map(contentFiles('timeline/ja').map(({ text }) => [front(text)['translationOf']!, front(text)['title']!]));
const events = contentFiles('timeline').map(({ id, text }) => {
  const f = front(text);
  return { id, title: titleJa.get(id) ?? f['title']!, date: String(f['date']), precision: f['precision']!, category: f['category']! };
});

async function download(path: string): Promise<{ type: string; text: string }> {
  const res = await fetch(pageUrl(siteUrl, path));
  expect(res.status, path).toBe(200);
  return { type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const pathOf = (url: string) => new URL(url).pathname.replace(/^.*?\/ja\//, '/ja/');

describe('Japanese timeline downloads', () => {
  it('every event has its Japanese title (the test’s premise)', () => {
    expect(events.every((e) => titleJa.has(e.id))).toBe(true);
  });

  it('events.json follows the shared schema, in Japanese, every event linking to its Japanese page', async () => {
    const doc = JSON.parse((await download('/ja/timeline/events.json')).text) as {
      title: string;
      lang: string;
      schema: string;
      source: string;
      events: Array<{ id: string; title: string; date: string; precision: string; category: string; url: string; summary: string }>;
    };
    const schema = JSON.parse((await download('/timeline/events.schema.json')).text) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ title: '日露関係：年表', lang: 'ja' });
    expect(pathOf(doc.source)).toBe('/ja/timeline/');
    expect(new URL(doc.schema).pathname).toMatch(/\/timeline\/events\.schema\.json$/);
    const byId = [...doc.events].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId.map(({ id, title, date, precision, category }) => ({ id, title, date, precision, category }))).toEqual(events);
    for (const e of doc.events) {
      expect(pathOf(e.url), e.id).toBe(`/ja/timeline/${e.id}/`);
      expect(e.summary, e.id).toMatch(/[\p{Script=Han}\p{Script=Hiragana}]/u);
    }
    const shimoda = doc.events.find((e) => e.id === '1855-02-07-treaty-of-shimoda')!;
    expect(shimoda.summary).toContain('択捉島（ロシア名イトゥルップ島）');
  });

  it('events.csv: a header and one row per event, Japanese titles, ISO dates, /ja/ addresses', async () => {
    const { type, text } = await download('/ja/timeline/events.csv');
    expect(type).toMatch(/^text\/csv/);
    const english = (await download('/timeline/events.csv')).text;
    // The English file has no byte-order mark, nor does the Japanese one: the same file, other text.
    expect([text.charCodeAt(0), english.charCodeAt(0)]).toEqual([0x69, 0x69]);
    const rows = parseCsv<Record<string, string>>(text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(parseCsv<Record<string, string>>(english, { columns: true })[0]!));
    expect(rows.map((r) => ({ id: r['id'], title: r['title'], date: r['date'] })).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      events.map(({ id, title, date }) => ({ id, title, date })),
    );
    for (const r of rows) expect(pathOf(r['url']!)).toBe(`/ja/timeline/${r['id']}/`);
  });

  it('events.ics: a valid calendar named in Japanese, its text LANGUAGE=ja', async () => {
    const { type, text } = await download('/ja/timeline/events.ics');
    expect(type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('日露関係：年表');
    expect(calendar.getFirstProperty('x-wr-calname')!.getParameter('language')).toBe('ja');
    const vevents = calendar.getAllSubcomponents('vevent');
    const dated = events.filter((e) => e.precision !== 'year');
    expect(vevents.map((v) => new ICAL.Event(v).uid.split('.ja@')[0]).sort()).toEqual(dated.map((e) => e.id));
    for (const v of vevents) {
      const e = new ICAL.Event(v);
      const content = dated.find((c) => e.uid.startsWith(`${c.id}.ja@`))!;
      expect(e.summary).toBe(content.title);
      expect(e.startDate.toString().startsWith(content.date), e.uid).toBe(true);
      expect(v.getFirstProperty('summary')!.getParameter('language')).toBe('ja');
      expect(v.getFirstPropertyValue('categories')).toBe(UI.ja[`category.${content.category}` as keyof typeof UI.ja]);
      expect(pathOf(String(v.getFirstPropertyValue('url')))).toBe(`/ja/timeline/${content.id}/`);
    }
  });

  it('timelinejs.json: a slide per event, grouped by Japanese category names', async () => {
    const doc = JSON.parse((await download('/ja/timeline/timelinejs.json')).text) as {
      title: { text: { headline: string } };
      events: Array<{ unique_id: string; group: string; text: { headline: string } }>;
    };
    expect(doc.title.text.headline).toBe('日露関係：年表');
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual(events.map((e) => e.id));
    for (const e of doc.events) {
      const content = events.find((c) => c.id === e.unique_id)!;
      expect(e).toMatchObject({ group: UI.ja[`category.${content.category}` as keyof typeof UI.ja], text: { headline: content.title } });
    }
  });

  it('/ja/timeline/ links to the Japanese downloads and the shared schema', async () => {
    const html = (await download('/ja/timeline/')).text;
    for (const path of ['events.json', 'events.csv', 'events.ics', 'timelinejs.json']) {
      expect(html).toMatch(new RegExp(`href="[^"]*/ja/timeline/${path.replace('.', '\\.')}"`));
      expect(html).not.toMatch(new RegExp(`href="(?![^"]*/ja/)[^"]*/timeline/${path.replace('.', '\\.')}"`));
    }
    expect(html).toMatch(/href="[^"]*\/timeline\/events\.schema\.json"/);
  });
});

describe('JSON-LD on Japanese pages', () => {
  const ld = async (path: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.+?)<\/script>/s.exec((await download(path)).text)![1]!) as Record<string, unknown>;

  it.each(['/ja/', '/ja/timeline/1993-10-13-tokyo-declaration/', '/ja/articles/japan-nss-russia-serious-concern/'])(
    '%s says it is in Japanese, with its Japanese headline',
    async (path) => {
      const data = await ld(path);
      expect(data['inLanguage']).toBe('ja');
      expect(String(data['headline'] ?? data['name'])).toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u);
    },
  );

  it('the Japanese summary of the republished report is based on the English report', async () => {
    const data = await ld('/ja/articles/japan-nss-russia-serious-concern/');
    expect(data['isBasedOn']).toMatchObject({ inLanguage: 'en' });
    expect(new URL((data['isBasedOn'] as { url: string }).url).pathname).toMatch(
      /(?<!\/ja)\/articles\/japan-nss-russia-serious-concern\/$/,
    );
  });

  it('English pages stay in English', async () => {
    for (const path of ['/', '/timeline/1993-10-13-tokyo-declaration/', '/articles/japan-nss-russia-serious-concern/'])
      expect((await ld(path))['inLanguage'], path).toBe('en');
  });
});

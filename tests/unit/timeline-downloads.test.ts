/**
 * Each timeline download in each edition (src/lib/timeline/downloads.ts),
 * from a real event: the Treaty of Shimoda as its English file and its
 * Japanese translation give it, the account rendered by the site's Markdown
 * pipeline. The Japanese files carry the translation's title and account
 * (both names of the disputed islands, as the translation writes them), its
 * own sources after the original's, Japanese category names where a file
 * names categories, and /ja/ addresses; dates and ids stay as data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { downloadFile, TIMELINE_DOWNLOADS, type DownloadId } from '../../src/lib/timeline/downloads';
import { eventsJsonSchema, withLanguage, type EventRecord } from '../../src/lib/timeline/export';
import { eventRecord, type EventRecordInput } from '../../src/lib/timeline/records';
import { pathIn } from '../../src/lib/i18n/paths';
import type { Language } from '../../src/lib/i18n/languages';
import { renderHtml } from '../support/markdown';

const ID = '1855-02-07-treaty-of-shimoda';
const SITE = 'https://example.org';

function file(path: string): { data: Record<string, unknown>; body: string } {
  const [, front = '', ...rest] = readFileSync(path, 'utf8').split(/^---$/m);
  return { data: parseYaml(front) as Record<string, unknown>, body: rest.join('---') };
}

const original = file(`content/timeline/${ID}.md`);
const translation = file(`content/timeline/ja/${ID}.md`);

/** The event's record in `lang`, as src/data/timeline.ts builds it. */
async function record(lang: Language): Promise<EventRecord> {
  const data = original.data as unknown as EventRecordInput['data'];
  const text = lang === 'ja' ? translation : original;
  const sources = lang === 'ja' ? [...data.sources, ...(translation.data['sources'] as EventRecordInput['data']['sources'])] : data.sources;
  return eventRecord(
    { id: ID, data: { ...data, title: String(text.data['title']), sources }, html: await renderHtml(text.body) },
    `${SITE}${pathIn(lang, `/timeline/${ID}/`)}`,
  );
}

async function download(id: DownloadId, lang: Language) {
  return downloadFile(id, [await record(lang)], { lang, domain: 'example.org', link: (path) => `${SITE}${path}` });
}

const TITLE_JA = '日露和親条約、択捉島と得撫島の間に日露の国境を定める';

describe('the Japanese timeline downloads', () => {
  it('events.json: the translation’s title and account, both island names, /ja/ addresses, the shared schema', async () => {
    const { body, type } = await download('json', 'ja');
    expect(type).toBe('application/json');
    const doc = JSON.parse(body) as { title: string; lang: string; source: string; schema: string; events: EventRecord[] };
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(eventsJsonSchema(doc.schema));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({
      title: '日露関係：年表',
      lang: 'ja',
      source: `${SITE}/ja/timeline/`,
      schema: `${SITE}/timeline/events.schema.json`,
    });
    const [e] = doc.events;
    expect(e).toMatchObject({
      id: ID,
      date: '1855-02-07',
      precision: 'day',
      category: 'territory',
      title: TITLE_JA,
      url: `${SITE}/ja/timeline/${ID}/`,
    });
    expect(e!.summary).toContain('択捉島（ロシア名イトゥルップ島）');
    expect(e!.summary).toContain('得撫島（ロシア名ウルップ島）');
    // The original's sources, then the translation's Japanese ones.
    expect(e!.sources.map((s) => s.publisher)).toEqual([
      ...(original.data['sources'] as Array<{ publisher: string }>).map((s) => s.publisher),
      '首相官邸',
      '外務省',
    ]);
  });

  it('events.csv: the same columns and ISO dates as the English file, the Japanese text, no byte-order mark', async () => {
    const [{ body: ja }, { body: en }] = await Promise.all([download('csv', 'ja'), download('csv', 'en')]);
    expect(ja.charCodeAt(0)).not.toBe(0xfeff);
    expect(en.charCodeAt(0)).not.toBe(0xfeff);
    const [rowJa] = parseCsv<Record<string, string>>(ja, { columns: true });
    const [rowEn] = parseCsv<Record<string, string>>(en, { columns: true });
    expect(Object.keys(rowJa!)).toEqual(Object.keys(rowEn!));
    expect(rowJa).toMatchObject({ id: ID, date: '1855-02-07', category: 'territory', title: TITLE_JA, url: `${SITE}/ja/timeline/${ID}/` });
    expect(rowJa!['summary']).toContain('択捉島（ロシア名イトゥルップ島）');
    expect(rowEn!['title']).toBe(original.data['title']);
  });

  it('events.ics: a Japanese calendar, each text marked LANGUAGE=ja, its own UIDs, category names in Japanese', async () => {
    const { body, type } = await download('ics', 'ja');
    expect(type).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('日露関係：年表');
    expect(calendar.getFirstProperty('x-wr-calname')!.getParameter('language')).toBe('ja');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('年だけが分かっている出来事は含めていません');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//example.org//timeline//JA');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${ID}.ja@example.org`);
    expect(event.summary).toBe(TITLE_JA);
    expect(event.startDate.toString()).toBe('1855-02-07');
    for (const name of ['summary', 'description', 'categories'])
      expect(vevent!.getFirstProperty(name)!.getParameter('language'), name).toBe('ja');
    expect(vevent!.getFirstPropertyValue('categories')).toBe('領土');
    expect(event.description).toContain('択捉島（ロシア名イトゥルップ島）');
    expect(event.description).toMatch(/\n\n出典：Ministry of Foreign Affairs of Japan, /);
    expect(vevent!.getFirstPropertyValue('url')).toBe(`${SITE}/ja/timeline/${ID}/`);
    // Folded again after the parameters went in: no line over 75 octets.
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('timelinejs.json: a Japanese title slide, category groups and link text', async () => {
    const doc = JSON.parse((await download('timelinejs', 'ja')).body) as {
      title: { text: { headline: string; text: string } };
      events: Array<{ group: string; text: { headline: string; text: string } }>;
    };
    expect(doc.title.text.headline).toBe('日露関係：年表');
    expect(doc.title.text.text).toMatch(/^1855年/);
    expect(doc.events[0]).toMatchObject({ group: '領土', text: { headline: TITLE_JA } });
    expect(doc.events[0]!.text.text).toContain(`<a href="${SITE}/ja/timeline/${ID}/">出典と詳細</a>`);
  });

  it('keeps the English files in English, with English addresses', async () => {
    const json = JSON.parse((await download('json', 'en')).body) as { title: string; lang: string; events: EventRecord[] };
    expect(json).toMatchObject({ title: 'Japan–Russia Relations: timeline', lang: 'en' });
    expect(json.events[0]!.url).toBe(`${SITE}/timeline/${ID}/`);
    expect(json.events[0]!.summary).toContain('Iturup');
    const ics = (await download('ics', 'en')).body;
    expect(ics).toContain(`UID:${ID}@example.org`);
    expect(ics).toContain('X-WR-CALNAME;LANGUAGE=en:Japan–Russia Relations: timeline');
  });

  it('gives each download its media type', async () => {
    for (const d of TIMELINE_DOWNLOADS) expect((await download(d.id, 'ja')).type, d.id).toBe(d.type);
  });
});

describe('LANGUAGE on a calendar’s text', () => {
  it('goes on every text property, whether folded or not, and on nothing else', () => {
    const long = `SUMMARY:${'択'.repeat(30)}`;
    const folded = [
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:年表',
      'BEGIN:VEVENT',
      'UID:a@x',
      long.slice(0, 30),
      ` ${long.slice(30)}`,
      'DESCRIPTION:a',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const out = withLanguage(folded, 'ja');
    const unfolded = out.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`SUMMARY;LANGUAGE=ja:${'択'.repeat(30)}`);
    expect(unfolded).toContain('X-WR-CALNAME;LANGUAGE=ja:年表');
    expect(unfolded).toContain('DESCRIPTION;LANGUAGE=ja:a');
    expect(unfolded).toContain('\r\nUID:a@x\r\n');
    for (const line of out.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

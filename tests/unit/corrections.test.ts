/** The corrections record: the front-matter field, its date rules, and the site-wide log. */
import { describe, expect, it } from 'vitest';
import {
  correctedOn,
  correctionDateProblems,
  correctionsField,
  correctionsLog,
  latestCorrection,
  type CorrectedItem,
} from '../../src/lib/corrections';

const text = 'The entry said X; the source says Y.';

describe('the corrections field', () => {
  it('accepts dated corrections, YAML dates included, and defaults to none', () => {
    expect(correctionsField.parse(undefined)).toEqual([]);
    expect(correctionsField.parse([{ date: '2026-12-03', text }])).toEqual([{ date: '2026-12-03', text }]);
    // An unquoted YAML date arrives as a Date and is kept as the plain string.
    expect(correctionsField.parse([{ date: new Date('2026-12-03T00:00:00Z'), text }])).toEqual([{ date: '2026-12-03', text }]);
  });

  it.each([
    ['a date that does not exist', [{ date: '2026-02-30', text }], /not a real calendar date/],
    ['a date that is not a day', [{ date: '2026-12', text }], /YYYY-MM-DD/],
    ['no date', [{ text }], /date/],
    ['no text', [{ date: '2026-12-03' }], /text/],
    ['a text too short to say what changed', [{ date: '2026-12-03', text: 'Fixed.' }], /10/],
    ['an unknown field', [{ date: '2026-12-03', text, by: 'editor' }], /by/],
    ['a single correction not in a list', { date: '2026-12-03', text }, /array/],
  ])('rejects %s', (_name, value, message) => {
    const result = correctionsField.safeParse(value);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});

describe('dates of corrections against the item', () => {
  const on = (date: string) => ({ date, text });

  it('finds the newest correction, and the newest after publication', () => {
    expect(latestCorrection([])).toBeUndefined();
    expect(latestCorrection([on('2026-12-03'), on('2026-11-30')])).toBe('2026-12-03');
    expect(correctedOn([on('2026-11-27')], '2026-11-27')).toBeUndefined();
    expect(correctedOn([on('2026-11-27'), on('2026-12-03')], '2026-11-27')).toBe('2026-12-03');
    expect(correctedOn([on('2026-11-27')])).toBe('2026-11-27');
  });

  it('accepts corrections on or after publication and an updated date that is not older', () => {
    expect(
      correctionDateProblems({ published: '2026-11-27', updated: '2026-12-03', corrections: [on('2026-11-27'), on('2026-12-03')] }),
    ).toEqual([]);
    expect(correctionDateProblems({ corrections: [on('2026-12-03')] })).toEqual([]);
  });

  it('rejects a correction older than the publication, naming its position', () => {
    expect(correctionDateProblems({ published: '2026-11-27', corrections: [on('2026-12-03'), on('2026-11-01')] })).toEqual([
      { path: ['corrections', 1, 'date'], message: 'correction dated 2026-11-01 is before publication (2026-11-27)' },
    ]);
  });

  it('rejects an updated date older than the newest correction', () => {
    expect(correctionDateProblems({ updated: '2026-11-30', corrections: [on('2026-12-03')] })).toEqual([
      { path: ['updated'], message: 'updated (2026-11-30) is earlier than the latest correction (2026-12-03)' },
    ]);
  });
});

describe('the site-wide log', () => {
  const items: CorrectedItem[] = [
    {
      kind: 'event',
      id: '2022-02-23-package',
      title: 'Package 1',
      href: '/timeline/2022-02-23-package/',
      corrections: [
        { date: '2026-12-03', text: 'Event, first.' },
        { date: '2026-12-03', text: 'Event, second.' },
      ],
    },
    {
      kind: 'article',
      id: 'report',
      title: 'The report',
      href: '/articles/report/',
      published: '2026-11-27',
      corrections: [
        { date: '2026-11-27', text: 'Typo kept and marked [sic].' },
        { date: '2026-12-01', text: 'Article, older.' },
        { date: '2026-12-03', text: 'Article, newer.' },
      ],
    },
    { kind: 'glossary', id: 'term', title: 'A term', href: '/glossary/#term', corrections: [{ date: '2026-12-02', text: 'Term.' }] },
    { kind: 'place', id: 'isle', title: 'An isle', href: '/glossary/#islands-map', corrections: [] },
  ];
  const log = correctionsLog(items);

  it('lists corrections newest first; on one day articles, events, glossary, then the order in the item', () => {
    expect(log.map((e) => [e.date, e.text])).toEqual([
      ['2026-12-03', 'Article, newer.'],
      ['2026-12-03', 'Event, first.'],
      ['2026-12-03', 'Event, second.'],
      ['2026-12-02', 'Term.'],
      ['2026-12-01', 'Article, older.'],
    ]);
  });

  it('leaves out notes made on the day of first publication, which stay on the item', () => {
    expect(log.some((e) => e.text.startsWith('Typo'))).toBe(false);
  });

  it('names the item and links to it, with an anchor unique across the log', () => {
    expect(log[0]).toMatchObject({ kind: 'article', id: 'report', title: 'The report', href: '/articles/report/' });
    expect(log.map((e) => e.anchor)).toEqual([
      'article-report-3',
      'event-2022-02-23-package-1',
      'event-2022-02-23-package-2',
      'glossary-term-1',
      'article-report-2',
    ]);
    expect(new Set(log.map((e) => e.anchor)).size).toBe(log.length);
  });

  it('does not depend on the order the items come in', () => {
    expect(correctionsLog([...items].reverse())).toEqual(log);
  });

  it('is empty when nothing was corrected', () => {
    expect(correctionsLog([{ kind: 'place', id: 'isle', title: 'An isle', href: '/', corrections: [] }])).toEqual([]);
  });
});

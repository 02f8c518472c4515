/** Timeline content helpers: paragraph excerpts, eras, the list's groups. */
import { describe, expect, it } from 'vitest';
import { paragraphExcerpt } from '../../src/lib/timeline/paragraphs';
import { ERAS, eraOf } from '../../src/lib/timeline/eras';

const html =
  '<h2 id="x">Heading</h2><p id="p-there-is-a-territorial">There is a territorial dispute<sup><a href="#fn1">1</a></sup> between Japan &amp; Russia over four islands that Japan calls its &#x2018;Northern Territories&#x2019;.</p><p>No id</p>';

describe('paragraph excerpts', () => {
  it('quotes the first words of a paragraph as plain text', () => {
    expect(paragraphExcerpt(html, 'p-there-is-a-territorial', 6)).toBe('There is a territorial dispute between …');
    expect(paragraphExcerpt(html, 'p-there-is-a-territorial', 40)).toBe(
      'There is a territorial dispute between Japan & Russia over four islands that Japan calls its ‘Northern Territories’.',
    );
    expect(paragraphExcerpt(html, 'p-nope')).toBeUndefined();
  });

  it('decodes every HTML entity, and an out-of-range code point without throwing', () => {
    const odd = '<p id="p-odd">Caf&eacute; &hellip; &#x110000; end</p>';
    expect(paragraphExcerpt(odd, 'p-odd')).toBe('Café … \ufffd end');
  });
});

describe('eras', () => {
  it('puts every date in exactly one era, boundaries starting the new one', () => {
    expect(eraOf('1855-02-07').id).toBe('russian-empire');
    expect(eraOf('1945-08-09').id).toBe('soviet-era');
    expect(eraOf('1991-12-26').id).toBe('post-soviet-talks');
    expect(eraOf('2022-02-18').id).toBe('post-soviet-talks');
    expect(eraOf('2022-02-24').id).toBe('after-2022');
    expect(eraOf('2022').id).toBe('post-soviet-talks');
    for (let i = 1; i < ERAS.length; i++) expect(ERAS[i]!.start).toBe(ERAS[i - 1]!.end);
  });
});

describe('event list groups', () => {
  it('groups chronological events by era, then year', async () => {
    const { groupByEraAndYear } = await import('../../src/lib/timeline/groups');
    const groups = groupByEraAndYear([
      { date: '1855-02-07' },
      { date: '1945-08-09' },
      { date: '1945-08-28' },
      { date: '1951' },
      { date: '2022-02-18' },
      { date: '2022-02-24' },
      { date: '2022-03-21' },
    ]);
    expect(groups.map((g) => [g.era.id, g.years.map((y) => [y.year, y.events.length])])).toEqual([
      ['russian-empire', [[1855, 1]]],
      [
        'soviet-era',
        [
          [1945, 2],
          [1951, 1],
        ],
      ],
      ['post-soviet-talks', [[2022, 1]]],
      ['after-2022', [[2022, 2]]],
    ]);
  });
});

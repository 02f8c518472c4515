/** The site's one source-list markup (src/lib/sources.ts), used by SourceList.astro and the islands map's caption. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { sourceItem, sourceList } from '../../src/lib/sources';

const full = {
  publisher: 'The Japan Times (Reuters)',
  title: 'Russia deploys <coastal> defense & more',
  url: 'https://example.org/a?x=1&y=2',
  date: '2022-12-06',
  note: 'Russian state media',
};

describe('sourceItem', () => {
  it('writes publisher, linked title (its last word kept with the link icon), date and caveat, escaping text and URLs', () => {
    expect(toHtml(sourceItem(full))).toBe(
      '<li><span class="source-list__publisher">The Japan Times (Reuters)</span>, ' +
        '<a href="https://example.org/a?x=1&#x26;y=2" rel="noopener noreferrer external" class="external">Russia deploys &#x3C;coastal> defense &#x26; <span class="external__end">more</span>' +
        '<span class="visually-hidden"> (external link)</span></a>, <time datetime="2022-12-06">6 December 2022</time> ' +
        '<span class="source-list__note">(Russian state media)</span></li>',
    );
  });

  it('curls the quotes of a title written with straight ones', () => {
    const html = toHtml(sourceItem({ publisher: 'Kremlin', title: `Putin's "new approach"`, url: 'https://example.org/k' }));
    expect(html).toContain('Putin’s “new <span class="external__end">approach”</span>');
  });

  it('leaves out a missing date and caveat, and formats a month', () => {
    const html = toHtml(sourceItem({ publisher: 'CSIS', title: 'Coastal defenses', url: 'https://example.org/c', date: '2021-12' }));
    expect(html).toContain('</a>, <time datetime="2021-12">December 2021</time></li>');
    expect(toHtml(sourceItem({ publisher: 'CSIS', title: 'T', url: 'https://example.org/c' }))).toMatch(/<\/a><\/li>$/);
  });

  it('on a Japanese page, marks each part by the language it is mostly written in', () => {
    const html = toHtml(
      sourceItem(
        {
          publisher: 'ТАСС',
          title: 'Путин подписал указ',
          url: 'https://example.org/t',
          note: 'in Russian; the decree is named «Указ» in the text',
        },
        'ja',
      ),
    );
    expect(html).toContain('<span class="source-list__publisher" lang="ru">ТАСС</span>');
    expect(html).toContain(
      'class="external" lang="ru">Путин подписал <span class="external__end">указ</span><span class="visually-hidden" lang="ja">',
    );
    // Mostly English with one Russian word: English, not Russian.
    expect(html).toContain('<span class="source-list__note" lang="en">(in Russian;');
    const japanese = toHtml(sourceItem({ publisher: '外務省', title: '日露関係 (Japan-Russia)', url: 'https://example.org/m' }, 'ja'));
    expect(japanese).toContain('<span class="source-list__publisher">外務省</span>');
    expect(japanese).toMatch(/class="external">日露関係/);
  });
});

describe('sourceList', () => {
  it('is a section labelled by its heading, with the sources numbered', () => {
    const html = toHtml(sourceList([full, full], { heading: 'Sources', headingLevel: 3, id: 'event-sources' }));
    expect(html).toMatch(
      /^<section class="source-list" aria-labelledby="event-sources" data-pagefind-ignore><h3 id="event-sources">Sources<\/h3><ol><li>/,
    );
    expect(html.match(/<li>/g)).toHaveLength(2);
  });

  it('with an empty heading is the list alone, unlabelled, with any extra class', () => {
    const html = toHtml(sourceList([full], { heading: '', className: ['islands-map__sources'] }));
    expect(html).toMatch(/^<section class="source-list islands-map__sources" data-pagefind-ignore><ol><li>/);
    expect(html).not.toContain('aria-labelledby');
    expect(html).not.toContain('<h');
  });

  it('defaults to an h2 "Sources" with the id "sources"', () => {
    expect(toHtml(sourceList([full]))).toMatch(
      /^<section class="source-list" aria-labelledby="sources" data-pagefind-ignore><h2 id="sources">Sources<\/h2>/,
    );
  });
});

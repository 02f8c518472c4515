import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  DEFAULT_EXCLUDE,
  UNDATED_SORT_KEY,
  articleCovers,
  glossaryRecords,
  indexAdditions,
  prepareForIndex,
} from '../../src/lib/search/indexing';
import { COVERS_META, OTHER_NAMES_META, namesValue } from '../../src/lib/search/fields';
import { parsePagefindAttr, scanPage } from '../../src/lib/search/page-scan';
import type { NameGroup } from '../../src/lib/search/aliases';

const groups: NameGroup[] = [{ id: 'iturup', names: ['Iturup', 'Etorofu', '択捉島', 'Итуруп'] }];

const page = (body: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><nav>Iturup Kunashir menu</nav>${extra}${body}<footer>Etorofu</footer></body></html>`;

const facts = (html: string, exclude: readonly string[] = []) => scanPage(html, exclude).facts;

describe("Pagefind's attribute syntax", () => {
  it('reads key:value, key[attr], bare keys and comma-separated lists', () => {
    expect(parsePagefindAttr('type:Timeline event')).toEqual([{ key: 'type', value: 'Timeline event' }]);
    expect(parsePagefindAttr('date[datetime]')).toEqual([{ key: 'date', attr: 'datetime' }]);
    expect(parsePagefindAttr('topic')).toEqual([{ key: 'topic' }]);
    expect(parsePagefindAttr('title, image[src]')).toEqual([{ key: 'title' }, { key: 'image', attr: 'src' }]);
  });
});

describe('page facts', () => {
  it('reads whether the page is indexed and dated, and the indexed text only', () => {
    const f = facts(
      page(
        `<article data-pagefind-body data-pagefind-filter="type:Article"><h1>Missiles</h1><time datetime="2022-12-05" data-pagefind-sort="date[datetime]">5 Dec</time><p>On Iturup</p><aside data-pagefind-ignore>Kunashiri</aside></article>`,
      ),
    );
    expect(f).toEqual({ indexed: true, dated: true, text: 'Missiles 5 Dec On Iturup', topics: [] });
  });

  it('counts a date sort key anywhere on the page, and no other sort key', () => {
    expect(facts(page('<article data-pagefind-body>x</article>', '<span data-pagefind-sort="date:1993"></span>')).dated).toBe(true);
    expect(facts(page('<article data-pagefind-body data-pagefind-sort="weight:2">x</article>')).dated).toBe(false);
  });

  it('reads the topics a page links as its search filter, by id, in either edition and under a base path', () => {
    const meta =
      '<p data-pagefind-ignore>Topics: <a href="/news/topics/kuril-islands/" data-pagefind-filter="topic">Kurils</a>, <a href="/ja/topics/diplomacy/" data-pagefind-filter="topic">外交</a> <a href="/topics/sanctions/">not a filter</a></p>';
    expect(facts(page(`<article data-pagefind-body>${meta}</article>`)).topics).toEqual(['kuril-islands', 'diplomacy']);
  });

  it('decodes entities and keeps words in neighbouring elements apart', () => {
    expect(facts(page('<ul data-pagefind-body><li>Iturup</li><li>Tokyo &amp; Moscow</li></ul>')).text).toBe('Iturup Tokyo & Moscow');
  });

  it('leaves out excluded parts, as Pagefind is told to', () => {
    const html = page(
      '<article data-pagefind-body><h2 id="a">Talks<a class="heading-anchor" href="#a">Link to this section</a></h2><section data-footnotes><p>Kyodo</p></section></article>',
    );
    expect(facts(html, DEFAULT_EXCLUDE).text).toBe('Talks');
    expect(facts(html, []).text).toBe('Talks Link to this section Kyodo');
  });

  it('refuses exclude selectors a streamed page cannot answer, and accepts attribute values with colons', () => {
    const html = page('<article data-pagefind-body><p>x</p></article>');
    expect(() => scanPage(html, ['li:first-child'])).toThrow(/li:first-child.*pseudo-class/);
    expect(() => scanPage(html, ['h2 + p'])).toThrow(/siblings/);
    expect(facts(html, ['a[href^="https:"]']).text).toBe('x');
  });
});

describe('index additions', () => {
  it('writes the other names as one escaped metadata value, never as text', () => {
    const html = indexAdditions(['Etorofu', 'a "b" <c> & d'], true);
    const { document } = parseHTML(`<body>${html}</body>`);
    const span = document.querySelector('span')!;
    expect(span.getAttribute('data-pagefind-meta')).toBe(`${OTHER_NAMES_META}:Etorofu, a "b" <c> & d`);
    expect(span.textContent).toBe('');
  });

  it('writes what an article covers as its own metadata value', () => {
    const { document } = parseHTML(`<body>${indexAdditions([], true, ['Iturup', 'Etorofu', 'Diplomacy'])}</body>`);
    expect([...document.querySelectorAll('span')].map((s) => s.getAttribute('data-pagefind-meta'))).toEqual([
      `${COVERS_META}:Iturup, Etorofu, Diplomacy`,
    ]);
  });

  it('gives undated pages a sort key so that sorting by date keeps them', () => {
    expect(indexAdditions([], false)).toBe(`<span data-pagefind-sort="date:${UNDATED_SORT_KEY}"></span>`);
    expect(indexAdditions([], true)).toBe('');
  });
});

describe('what an article covers', () => {
  const terms = [
    { term: 'Iturup', aliases: ['Etorofu', '択捉島'], articles: ['kurils', 'missiles'] },
    { term: 'SWIFT', aliases: [], articles: ['sanctions'] },
  ];
  it('is the glossary terms that list it, with their other names, then its topics’ names', () => {
    expect(articleCovers('kurils', terms, ['kuril-islands', 'diplomacy'])).toEqual([
      'Iturup',
      'Etorofu',
      '択捉島',
      'Kuril Islands / Northern Territories',
      'Diplomacy',
    ]);
    expect(articleCovers('sanctions', terms, [])).toEqual(['SWIFT']);
    expect(articleCovers('other', terms, ['no-such-topic'])).toEqual([]);
  });
});

describe('prepareForIndex', () => {
  it('skips pages without data-pagefind-body', () => {
    expect(prepareForIndex(page('<main><h1>Search</h1></main>'), groups)).toBeUndefined();
  });

  it('adds the other names of what the content mentions, not of what the chrome mentions, and keeps the page byte for byte', () => {
    const body =
      '<article data-pagefind-body data-pagefind-sort="date:2022"><h1>Bastion</h1><p>Missiles on Iturup &amp; more.</p></article>';
    const html = prepareForIndex(page(body), groups)!;
    expect(html).toBe(page(body).replace('<body>', `<body><span data-pagefind-meta="${OTHER_NAMES_META}:Etorofu, 択捉島, Итуруп"></span>`));
  });

  it('adds what the page covers, from the topics it links', () => {
    const body =
      '<article data-pagefind-body data-pagefind-sort="date:2022"><p><a href="/topics/sanctions/" data-pagefind-filter="topic">Sanctions</a></p></article>';
    const html = prepareForIndex(page(body), groups, DEFAULT_EXCLUDE, (topics) => ['SWIFT', ...topics])!;
    expect(html).toBe(page(body).replace('<body>', `<body><span data-pagefind-meta="${COVERS_META}:SWIFT, sanctions"></span>`));
  });

  it('adds nothing to a dated page that mentions nothing with other names', () => {
    const html = page('<article data-pagefind-body data-pagefind-sort="date:2022"><p>Sanctions</p></article>');
    expect(prepareForIndex(html, groups)).toBe(html);
  });

  it('does not count names only in excluded or ignored parts', () => {
    const html = page(
      '<article data-pagefind-body data-pagefind-sort="date:2022"><nav class="toc">Iturup</nav><p data-pagefind-ignore>Iturup</p></article>',
    );
    expect(prepareForIndex(html, groups)).toBe(html);
  });
});

describe('glossary records', () => {
  const terms = [
    { id: 'iturup', term: 'Iturup', aliases: ['Etorofu', '択捉島'], definition: 'The largest of the four disputed islands.' },
    { id: 'swift', term: 'SWIFT', aliases: [], definition: 'The interbank messaging network.' },
    { id: 'bastion', term: 'Bastion', aliases: [], definition: 'A coastal missile system, on Etorofu since 2016.' },
  ];

  it('makes one record per term, titled by the term, linking to its entry, with the definition as its text', () => {
    const [iturup, swift, bastion] = glossaryRecords(terms, groups);
    expect(iturup).toEqual({
      url: '/glossary/#iturup',
      content: 'The largest of the four disputed islands.',
      language: 'en',
      meta: {
        title: 'Iturup',
        [COVERS_META]: 'Iturup, Etorofu, 択捉島',
        // The entry's aliases and the rest of its name group (here the Russian name), never the term itself.
        [OTHER_NAMES_META]: 'Etorofu, 択捉島, Итуруп',
      },
      filters: { type: ['Glossary'] },
      sort: { date: UNDATED_SORT_KEY },
    });
    expect(swift?.meta).toEqual({ title: 'SWIFT', [COVERS_META]: 'SWIFT' });
    // A definition that names Etorofu is found under Iturup's other names too.
    expect(bastion?.meta[OTHER_NAMES_META]).toBe('Iturup, 択捉島, Итуруп');
  });

  it('makes a translated edition’s records for its own index, linking to its glossary page, typed in its language', () => {
    const japanese = [{ id: 'iturup', term: '択捉島', aliases: ['エトロフ島'], definition: '係争中の4島のうち最大の島。' }];
    const [iturup] = glossaryRecords(japanese, groups, { lang: 'ja', type: '用語' });
    expect(iturup?.url).toBe('/ja/glossary/#iturup');
    expect(iturup?.language).toBe('ja');
    expect(iturup?.filters).toEqual({ type: ['用語'] });
    expect(iturup?.meta['title']).toBe('択捉島');
    expect(iturup?.meta[COVERS_META]).toBe('択捉島, エトロフ島');
    // Its name group's names in the other scripts (not the term itself) find it too.
    expect(iturup?.meta[OTHER_NAMES_META]?.split(', ')).toEqual(expect.arrayContaining(['エトロフ島', 'Iturup', 'Etorofu', 'Итуруп']));
    expect(iturup?.meta[OTHER_NAMES_META]?.split(', ')).not.toContain('択捉島');
  });

  it('joins names as one value', () => {
    expect(namesValue(['Iturup', 'Etorofu'])).toBe('Iturup, Etorofu');
  });
});

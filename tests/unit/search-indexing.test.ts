import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { indexAdditions, pathForFile, prepareForIndex, readPageFacts, typeForPath, UNDATED_SORT_KEY } from '../../src/lib/search/indexing';
import { parsePagefindAttr } from '../../src/lib/search/page-scan';
import type { NameGroup } from '../../src/lib/search/aliases';

const groups: NameGroup[] = [{ id: 'iturup', names: ['Iturup', 'Etorofu', '択捉島', 'Итуруп'] }];

const page = (body: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><nav>Iturup Kunashir menu</nav>${extra}${body}<footer>Etorofu</footer></body></html>`;

describe('paths and types', () => {
  it('turns built file paths into page paths', () => {
    expect(pathForFile('articles/x/index.html')).toBe('/articles/x/');
    expect(pathForFile('index.html')).toBe('/');
    expect(pathForFile('404.html')).toBe('/404.html');
  });

  it('derives the result type from the URL', () => {
    expect(typeForPath('/articles/japan-nss/')).toBe('Article');
    expect(typeForPath('/timeline/1993-10-13-tokyo-declaration/')).toBe('Timeline event');
    expect(typeForPath('/glossary/')).toBe('Glossary');
    expect(typeForPath('/articles/')).toBeUndefined();
    expect(typeForPath('/about/')).toBeUndefined();
  });
});

describe("Pagefind's attribute syntax", () => {
  it('reads key:value, key[attr], bare keys and comma-separated lists', () => {
    expect(parsePagefindAttr('type:Timeline event')).toEqual([{ key: 'type', value: 'Timeline event' }]);
    expect(parsePagefindAttr('date[datetime]')).toEqual([{ key: 'date', attr: 'datetime' }]);
    expect(parsePagefindAttr('topic')).toEqual([{ key: 'topic' }]);
    expect(parsePagefindAttr('title, image[src]')).toEqual([{ key: 'title' }, { key: 'image', attr: 'src' }]);
  });
});

describe('page facts', () => {
  it('reads filters, meta and the date sort key, and the indexed text only', () => {
    const f = readPageFacts(
      page(
        `<article data-pagefind-body data-pagefind-filter="type:Article"><h1>Missiles</h1><time datetime="2022-12-05" data-pagefind-sort="date[datetime]">5 Dec</time><p>On Iturup</p><aside data-pagefind-ignore>Kunashiri</aside></article>`,
      ),
    );
    expect(f.indexed).toBe(true);
    expect([...f.filterKeys]).toEqual(['type']);
    expect(f.date).toBe('2022-12-05');
    expect(f.firstTime).toBe('2022-12-05');
    expect(f.text).toContain('On Iturup');
    expect(f.text).not.toMatch(/menu|Kunashiri|Etorofu/);
  });

  it('reads a date sort key given as the element text, and entities decoded', () => {
    const f = readPageFacts(
      page('<article data-pagefind-body><p data-pagefind-sort="date">1993-10-13</p><p>Tokyo &amp; Moscow</p></article>'),
    );
    expect(f.date).toBe('1993-10-13');
    expect(f.text).toBe('1993-10-13 Tokyo & Moscow');
  });

  it('keeps words in neighbouring elements apart', () => {
    expect(readPageFacts(page('<ul data-pagefind-body><li>Iturup</li><li>Kunashir</li></ul>')).text).toBe('Iturup Kunashir');
  });
});

describe('index additions', () => {
  const facts = (over: Partial<ReturnType<typeof readPageFacts>> = {}) => ({
    indexed: true,
    text: '',
    filterKeys: new Set<string>(),
    metaKeys: new Set<string>(),
    ...over,
  });

  it('adds type from the URL, year and date meta from the sort key', () => {
    const html = indexAdditions('/timeline/1993-10-13-tokyo-declaration/', facts({ date: '1993-10-13' }), []);
    expect(html).toContain('data-pagefind-filter="type:Timeline event"');
    expect(html).toContain('data-pagefind-filter="year:1993"');
    expect(html).toContain('data-pagefind-meta="date:1993-10-13"');
  });

  it('respects what the page sets itself', () => {
    const html = indexAdditions(
      '/articles/x/',
      facts({ date: '2022-12-05', filterKeys: new Set(['type', 'year']), metaKeys: new Set(['date']) }),
      [],
    );
    expect(html).toBe('');
  });

  it('dates a typed page without a sort key by the first <time> of its content', () => {
    const html = indexAdditions('/timeline/1993-10-13-tokyo-declaration/', facts({ firstTime: '1993-10-13' }), []);
    expect(html).toContain('data-pagefind-sort="date:1993-10-13"');
    expect(html).toContain('data-pagefind-filter="year:1993"');
    // Not on pages whose URL gives no type (a list page's first date says nothing about it).
    expect(indexAdditions('/timeline/', facts({ firstTime: '1855-02-07' }), [])).toContain(`date:${UNDATED_SORT_KEY}`);
  });

  it('gives undated pages a sort key so that sorting by date keeps them', () => {
    expect(indexAdditions('/glossary/', facts(), [])).toContain(`data-pagefind-sort="date:${UNDATED_SORT_KEY}"`);
  });

  it('writes the other names as escaped text', () => {
    const html = indexAdditions('/about/', facts({ date: '2020' }), ['Etorofu', '<b>x</b>']);
    expect(html).toContain('Also known as: Etorofu, &lt;b&gt;x&lt;/b&gt;.');
  });
});

describe('prepareForIndex', () => {
  it('skips pages without data-pagefind-body', () => {
    expect(prepareForIndex(page('<main><h1>Search</h1></main>'), '/search/', groups)).toBeUndefined();
  });

  it('adds the other names of what the content mentions, not of what the chrome mentions', () => {
    const html = prepareForIndex(
      page('<article data-pagefind-body><h1>Bastion</h1><p>Missiles on Iturup.</p></article>'),
      '/articles/bastion/',
      groups,
    )!;
    const { document } = parseHTML(html);
    const extra = document.body.firstElementChild!;
    expect(extra.hasAttribute('data-pagefind-body')).toBe(true);
    expect(extra.textContent).toBe('Also known as: Etorofu, 択捉島, Итуруп.');
  });

  it('drops heading links and the table of contents from the indexed copy', () => {
    const html = prepareForIndex(
      page(
        '<article data-pagefind-body><nav class="toc">Contents</nav><h2 id="a">Talks<a class="heading-anchor" href="#a"><span>Link to this section: Talks</span></a></h2></article>',
      ),
      '/articles/a/',
      groups,
    )!;
    expect(html).not.toContain('Link to this section');
    expect(html).not.toContain('Contents');
    expect(html).toContain('<h2 id="a">Talks</h2>');
  });

  it('cuts nested excluded parts once and keeps the rest of the page byte for byte', () => {
    const body = '<article data-pagefind-body><h1>Bastion</h1><p>Missiles on Iturup &amp; more.</p></article>';
    const html = prepareForIndex(
      page(body, '<nav class="toc"><a class="heading-anchor" href="#a">#</a> Contents</nav>'),
      '/about/',
      groups,
    )!;
    expect(html).not.toContain('Contents');
    expect(html).toContain(body);
    expect(html).toMatch(
      /<body><div data-pagefind-body data-pagefind-weight="0.5">.*Also known as: Etorofu, 択捉島, Итуруп\.<\/div><article/,
    );
    expect(html).toContain('<footer>Etorofu</footer></body></html>');
  });

  it('refuses exclude selectors a streamed page cannot answer, and accepts attribute values with colons', () => {
    const html = page('<article data-pagefind-body><p>x</p></article>');
    expect(() => prepareForIndex(html, '/a/', groups, ['li:first-child'])).toThrow(/li:first-child.*pseudo-class/);
    expect(() => prepareForIndex(html, '/a/', groups, ['h2 + p'])).toThrow(/siblings/);
    expect(prepareForIndex(html, '/a/', groups, ['a[href^="https:"]'])).toContain('<p>x</p>');
  });

  it('drops bare source URLs but keeps links with words', () => {
    const html = prepareForIndex(
      page(
        '<article data-pagefind-body><p>Kyodo, <a href="https://example.org/a">https://example.org/a</a>; <a href="https://example.org/b">the report</a></p></article>',
      ),
      '/articles/a/',
      groups,
    )!;
    expect(html).not.toContain('>https://example.org/a<');
    expect(html).toContain('the report');
  });
});

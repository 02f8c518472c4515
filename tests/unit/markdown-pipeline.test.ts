/**
 * Each of our remark/rehype plugins, exercised through the real Markdown
 * processor. Full outputs are kept as HTML snapshots in __snapshots__/, so a
 * change in rendering shows up as a reviewable diff.
 */
import { describe, expect, it } from 'vitest';
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { h, s } from 'hastscript';
import rehypeRaw from 'rehype-raw';
import { markdownOptions } from '../../src/markdown/pipeline';
import rehypeRawWhenPresent from '../../src/markdown/rehype-raw-when-present';
import { sourceList } from '../../src/lib/sources';
import { renderHtml, renderMarkdown } from '../support/markdown';

describe('headings: ids and self-links (rehype-slug, rehype-autolink-headings)', () => {
  it('gives each heading a slug id, an accessible self-link and its title for search sub-results', async () => {
    const html = await renderHtml('## Russia deploys missiles\n\nText.\n\n## Russia deploys *missiles*\n');
    // The search title is the heading's text without the self-link's label.
    expect(html).toContain('<h2 id="russia-deploys-missiles" data-pagefind-title="Russia deploys missiles">');
    expect(html).toContain('<h2 id="russia-deploys-missiles-1" data-pagefind-title="Russia deploys missiles">');
    expect(html).toContain('href="#russia-deploys-missiles"');
    expect(html).toContain('Link to this section: Russia deploys missiles');
    await expect(html).toMatchFileSnapshot('./__snapshots__/headings.html');
  });
});

describe('rehype-paragraph-ids', () => {
  it('ids paragraphs from their first six words, stable against reordering', async () => {
    const a = await renderHtml(
      'There is a territorial dispute between Japan and Russia.\n\nRecently Russia’s Defense Ministry stated that.',
    );
    const b = await renderHtml(
      'Recently Russia’s Defense Ministry stated that.\n\nThere is a territorial dispute between Japan and Russia.',
    );
    for (const html of [a, b]) {
      expect(html).toContain('<p id="p-there-is-a-territorial-dispute-between">');
      expect(html).toContain('<p id="p-recently-russias-defense-ministry-stated-that">');
    }
  });

  it('deduplicates equal openings and skips list items and footnotes', async () => {
    const html = await renderHtml(
      'Same opening words here for both.\n\nSame opening words here for both, again.\n\n- a list item\n\nText.[^1]\n\n[^1]: A footnote paragraph.\n',
    );
    expect(html).toContain('id="p-same-opening-words-here-for-both"');
    expect(html).toContain('id="p-same-opening-words-here-for-both-2"');
    expect(html).not.toContain('id="p-a-list-item"');
    expect(html).not.toContain('id="p-a-footnote-paragraph"');
    await expect(html).toMatchFileSnapshot('./__snapshots__/paragraph-ids.html');
  });

  it('ends each paragraph it ids with an empty self-link named by the opening words', async () => {
    const html = await renderHtml(
      'Japan adopted its first National Security Strategy in 2013.[^1]\n\nShort one.\n\n- a list item\n\n[^1]: A source.\n',
      { glossary: [] },
    );
    expect(html).toContain(
      '<p id="p-japan-adopted-its-first-national-security">Japan adopted its first National Security Strategy in 2013.<sup>',
    );
    expect(html).toContain(
      '</sup><a class="paragraph-anchor" href="#p-japan-adopted-its-first-national-security" aria-label="Link to this paragraph: Japan adopted its first National Security …"></a></p>',
    );
    expect(html).toContain(
      'Short one.<a class="paragraph-anchor" href="#p-short-one" aria-label="Link to this paragraph: Short one."></a></p>',
    );
    // One per paragraph with an id, none in list items or footnotes.
    expect(html.match(/class="paragraph-anchor"/g)).toHaveLength(2);
    expect(html).toContain('<li>a list item</li>');
  });
});

describe('rehype-external-link-end', () => {
  it('keeps the last word of an external link on one line with its icon, inside formatting and for long URLs', async () => {
    const html = await renderHtml(
      'See [the *Ministry of Foreign Affairs*](https://www.mofa.go.jp/), then <https://www.mofa.go.jp/press/release/press4e_003085.html>.',
      { glossary: [] },
    );
    expect(html).toContain(
      '<a href="https://www.mofa.go.jp/" class="external" rel="noopener noreferrer external">the <em>Ministry of Foreign <span class="external__end">Affairs</span></em><span class="visually-hidden"> (external link)</span></a>, then',
    );
    // A URL keeps only its last 16 characters together, so the rest can still wrap on a phone.
    expect(html).toContain('>https://www.mofa.go.jp/press/release/pre<span class="external__end">ss4e_003085.html</span>');
    // Site links are left alone.
    expect(await renderHtml('The [timeline](/timeline/).', { glossary: [] })).not.toContain('external__end');
    await expect(html).toMatchFileSnapshot('./__snapshots__/external-links.html');
  });
});

describe('external links (rehype-external-links)', () => {
  it('marks external links, adds rel=noopener and a screen-reader hint; leaves site links alone', async () => {
    const html = await renderHtml('See [MOFA](https://www.mofa.go.jp/) and [the timeline](/timeline/).');
    expect(html).toMatch(
      /<a href="https:\/\/www\.mofa\.go\.jp\/" class="external" rel="noopener noreferrer external"><span class="external__end">MOFA<\/span><span class="visually-hidden"> \(external link\)<\/span><\/a>/,
    );
    expect(html).toContain('<p id="p-see-mofa-and-the-timeline">');
    expect(html).toContain('<a href="/timeline/">the timeline</a>');
  });
});

describe('rehype-base-links', () => {
  it('prefixes root-relative links with the deploy base', async () => {
    const html = await renderHtml('[event](/timeline/x/) [ext](https://example.org/) [frag](#a) [rel](other/)', { base: '/news/' });
    expect(html).toContain('href="/news/timeline/x/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#a"');
    expect(html).toContain('href="other/"');
  });

  it('changes nothing at the root base', async () => {
    expect(await renderHtml('[event](/timeline/x/)')).toContain('href="/timeline/x/"');
  });

  it('prefixes images from the repository, in Markdown and in HTML', async () => {
    const html = await renderHtml('![Map](/images/map.svg)\n\n<img src="/images/b.png" alt="B"> ![rel](images/c.png)', {
      base: '/news/',
      glossary: [],
    });
    expect(html).toContain('<img src="/news/images/map.svg" alt="Map">');
    expect(html).toContain('<img src="/news/images/b.png" alt="B">');
    expect(html).toContain('<img src="images/c.png" alt="rel">');
  });

  it("prefixes the islands map's <use> references to the land file", async () => {
    const html = await renderHtml('::islands-map', { base: '/news/', glossary: [] });
    expect(html).toContain('<use class="islands-map__land" href="/news/maps/islands-land.svg#land"></use>');
    expect(html).not.toContain('href="/maps/');
    // The map is built from the 3 MB Natural Earth file on first use.
  }, 30_000);

  it('does not prefix a link already under the base twice', async () => {
    const html = await renderHtml('[a](/news/timeline/x/) [b](/news/) [c](/newsroom/)', { base: '/news/', glossary: [] });
    expect(html).toContain('href="/news/timeline/x/"');
    expect(html).toContain('href="/news/"');
    expect(html).toContain('href="/news/newsroom/"');
  });
});

describe('remark-reading-time', () => {
  it('counts words and stores minutes on the frontmatter', async () => {
    const words = Array.from({ length: 660 }, (_, i) => `word${i}`).join(' ');
    const { metadata } = await renderMarkdown(words);
    expect(metadata.frontmatter['wordCount']).toBe(660);
    expect(metadata.frontmatter['minutesRead']).toBe(3);
  });

  it('never says zero minutes', async () => {
    const { metadata } = await renderMarkdown('Short.');
    expect(metadata.frontmatter['minutesRead']).toBe(1);
  });
});

describe('remark-callouts', () => {
  it('renders :::correction with a title from the label as a labelled aside', async () => {
    const html = await renderHtml(':::correction[The figure of 10,000 troops]\nNo source gives 10,000.\n:::\n');
    expect(html).toContain('<aside class="callout callout--correction" aria-label="Correction: The figure of 10,000 troops">');
    expect(html).toContain('<p class="callout__title"><strong>Correction</strong>: The figure of 10,000 troops</p>');
    expect(html).toContain('<p id="p-no-source-gives-10000">No source gives 10,000.<a class="paragraph-anchor"');
    await expect(html).toMatchFileSnapshot('./__snapshots__/callouts.html');
  });

  it('has a default title for each kind', async () => {
    const html = await renderHtml(':::note\nA.\n:::\n\n:::context\nB.\n:::\n');
    expect(html).toContain('aria-label="Editor’s note"');
    expect(html).toContain('aria-label="Context"');
  });
});

describe('remark-sic', () => {
  it('keeps the original word and shows the correction beside it', async () => {
    const html = await renderHtml('Sanctions on :sic[Moscw]{correct="Moscow"}.');
    expect(html).toContain('<span class="sic">Moscw</span><span class="editorial"> [sic: Moscow]</span>');
  });

  it('fails without the corrected form', async () => {
    await expect(renderHtml('On :sic[Moscw].')).rejects.toThrow(/needs the corrected form/);
  });
});

describe('remark-directive-guard', () => {
  it('turns unclaimed text directives back into the text as written', async () => {
    const html = await renderHtml('Note:this is kept, and so is the ratio 3:1 and :abbr[x]{y=z}.');
    expect(html).toContain('Note:this is kept');
    expect(html).toContain(':abbr[x]{y=z}');
  });

  it('fails the build on an unknown box, naming the line and the known boxes', async () => {
    await expect(renderHtml('Intro.\n\n:::warning\nText\n:::\n')).rejects.toThrow(
      /Unknown box ":::warning".*:::note, :::correction, :::context/,
    );
  });
});

describe('GFM footnotes', () => {
  it('renders citations as a labelled "Sources and notes" section', async () => {
    const html = await renderHtml('A fact.[^a]\n\n[^a]: Publisher, "Title", 2022-12-06. <https://example.org/a>\n');
    expect(html).toContain('<h2 class="footnotes__title" id="footnote-label" data-pagefind-title="Sources and notes">Sources and notes');
    // The footnote marker is not part of the paragraph's id.
    expect(html).toContain('<p id="p-a-fact">');
    expect(html).toContain('href="https://example.org/a"');
  });

  it('marks each back link once, by its data attribute (rehype-footnote-backrefs), one per citation', async () => {
    const html = await renderHtml('A fact.[^a] Another.[^a]\n\n[^a]: Publisher, "Title", 2022-12-06.\n', { glossary: [] });
    expect(html).toContain('<a href="#user-content-fnref-a" data-footnote-backref="" aria-label="Back to reference 1">↩</a>');
    expect(html).toContain(
      '<a href="#user-content-fnref-a-2" data-footnote-backref="" aria-label="Back to reference 1-2">↩<sup>2</sup></a>',
    );
    expect(html).not.toContain('class="data-footnote-backref"');
  });
});

describe('rehype-reject-unsafe-html: an allowlist (hast-util-sanitize), rejecting rather than stripping', () => {
  it.each([
    ['a script element', 'Text <script>alert(1)</script>', /<script> is not allowed in content: it could run code/],
    ['an inline event handler', '<img src="x.png" onerror="alert(1)">', /event-handler attribute "onerror" on <img>/],
    [
      'a javascript: Markdown link',
      '[click](javascript:alert(1))',
      /href="javascript:alert\(1\)" on <a> uses a scheme that is not allowed/,
    ],
    ['a javascript: HTML link', '<a href=" JavaScript:alert(1)">x</a>', /scheme that is not allowed/],
    [
      'a data: image',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      /src="data:image\/svg\+xml;base64,PHN2Zz4=" on <img> uses a scheme that is not allowed/,
    ],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe> is not allowed in content: it embeds another document/],
    // The build's parser and the browser disagree about what is inside these.
    [
      'the <noscript> title trick',
      '<noscript><p title="</noscript><meta http-equiv=refresh content=1;url=https://evil.example/>">x</p></noscript>',
      /<noscript> is not allowed in content: browsers parse its content differently/,
    ],
    ['a <template>', '<template><img src=x onerror=alert(1)></template>', /<template> is not allowed/],
    ['an <xmp>', '<xmp></xmp><img src=x onerror=alert(1)></xmp>', /<xmp> is not allowed/],
    ['a <noembed>', '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>', /<noembed> is not allowed/],
    [
      'a <plaintext>',
      'Intro.\n\n<plaintext>\n\nThe rest of the page.',
      /<plaintext> is not allowed in content: it turns the rest of the page into visible source/,
    ],
    // Browsers drop tabs, newlines and C0 controls from URLs.
    [
      'javascript: with a tab in HTML',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      /href="jav\\tascript:alert\(1\)" on <a> contains a tab, newline or control character/,
    ],
    ['javascript: with a newline', '<a href="java&#x0A;script:alert(1)">x</a>', /on <a> contains a tab, newline or control character/],
    ['javascript: with a C0 control', '<a href="&#x01;javascript:alert(1)">x</a>', /on <a> contains a tab, newline or control character/],
    // Markdown percent-encodes the tab, which leaves no scheme we allow.
    [
      'javascript: with a tab in a Markdown link',
      '[x](jav&#x09;ascript:alert(1))',
      /href="jav%09ascript:alert\(1\)" on <a> uses a scheme that is not allowed/,
    ],
    [
      'SVG <animate> on href',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      /<svg> is not allowed in content: inline SVG can animate attributes/,
    ],
    [
      'SVG <set> on href',
      '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      /<svg> is not allowed/,
    ],
    [
      'SVG <use> of a remote file',
      '<svg><use href="https://evil.example/s.svg#x"/></svg>',
      /<svg> is not allowed in content: .*<use href>/,
    ],
    ['MathML', '<math><mi>x</mi></math>', /<math> is not allowed/],
    // DOM clobbering: names and ids that scripts would read as properties.
    [
      'a name that clobbers document.createElement',
      '<img name="createElement" src="/x.png" alt="">',
      /name="createElement" on <img> could stand in for a property the page's scripts read \(DOM clobbering/,
    ],
    [
      'an id a page script uses',
      '<p id="search-dialog">x</p>',
      /id="search-dialog" on <p> could stand in for a property.*must start with "user-content-"/,
    ],
    // Would build and then break under the Content Security Policy.
    [
      'a remote Markdown image',
      '![Map](https://evil.example/map.png)',
      /src="https:\/\/evil\.example\/map\.png" on <img> loads a remote file, which the Content Security Policy blocks.*put the file in the repository/,
    ],
    ['a remote HTML image', '<img src="https://evil.example/x.png" alt="x">', /loads a remote file/],
    ['a protocol-relative image', '<img src="//evil.example/x.png" alt="x">', /loads a remote file/],
    ['a backslash-relative image', '<img src="/\\evil.example/x.png" alt="x">', /loads a remote file/],
    [
      'srcset',
      '<img src="/a.png" srcset="https://evil.example/a.png 2x" alt="">',
      /srcset=.* on <img> is not allowed: the browser picks the file to load/,
    ],
    [
      'an inline style',
      'A <span style="color:red">red</span> word.',
      /style="color:red" on <span> is not allowed: inline styles are blocked by the Content Security Policy/,
    ],
    [
      'ping',
      '<a href="/timeline/" ping="https://evil.example/">x</a>',
      /ping=.* on <a> is not allowed: it sends a request to another address/,
    ],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      /<meta> is not allowed in content: it can redirect the page/,
    ],
    ['a base element', '<base href="https://evil.example/">', /<base> is not allowed/],
    ['a form', '<form action="https://evil.example/"><button>Go</button></form>', /<form> is not allowed/],
    ['an object', '<object data="/x.swf"></object>', /<object> is not allowed/],
    ['a style element', '<style>body{display:none}</style>', /<style> is not allowed/],
    [
      'a class the site uses to hide text',
      'A <span class="visually-hidden">hidden</span> claim.',
      /class="visually-hidden" on <span> is not allowed: only the classes the site’s own Markdown extensions produce/,
    ],
    ['an unknown element', '<marquee>x</marquee>', /<marquee> is not allowed in content \(allowed elements are listed/],
    ['a table row outside a table', '<tr><td>x</td></tr>', /is not allowed|only allowed inside <table>/],
  ])('fails the build on %s', async (_name, markdown, message) => {
    await expect(renderHtml(markdown, { glossary: [] })).rejects.toThrow(message);
  });

  it('reports every problem in the document with its line, not only the first', async () => {
    const markdown =
      'Fine paragraph.\n\n<span style="color:red">a</span>\n\nFine.\n\n<img src="https://evil.example/x.png" alt="" name="x">\n';
    const error = await renderHtml(markdown, { glossary: [] }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/Unsafe HTML \(3 problems\)/);
    expect(error?.message).toMatch(/line 3:1: the attribute style="color:red" on <span>/);
    expect(error?.message).toMatch(/line 7:1: the attribute src="https:\/\/evil\.example\/x\.png" on <img> loads a remote file/);
    expect(error?.message).toMatch(/line 7:1: the attribute name="x" on <img> could stand in/);
  });

  it('keeps harmless inline HTML', async () => {
    const html = await renderHtml(
      'The <abbr title="National Security Strategy">NSS</abbr> of 2022<sup>1</sup>, and [mail](mailto:editors@example.org).',
      {
        glossary: [],
      },
    );
    expect(html).toContain('<abbr title="National Security Strategy">NSS</abbr>');
    expect(html).toContain('href="mailto:editors@example.org"');
  });

  it('keeps images from the repository, prefixed ids, comments and relative links', async () => {
    const html = await renderHtml(
      '![A map](/images/map.svg)\n\n<img src="/images/b.png" alt="B" width="10" height="10">\n\n<span id="user-content-x">x</span> <a href="../y/">y</a> <a href="#user-content-x">z</a><!-- editor: checked -->',
      { glossary: [] },
    );
    expect(html).toContain('<img src="/images/map.svg" alt="A map">');
    expect(html).toContain('<img src="/images/b.png" alt="B" width="10" height="10">');
    expect(html).toContain('<span id="user-content-x">x</span>');
    expect(html).toContain('<a href="../y/">y</a>');
  });

  it('lets through what Markdown and our directives build, with raw HTML in the same document', async () => {
    // Raw HTML makes rehype-raw re-parse the whole tree, directives' output included.
    const markdown = [
      'A <abbr title="x">fact</abbr> on Iturup.[^a] ~~struck~~ and :sic[Moscw]{correct="Moscow"}.',
      '',
      ':::correction[Title]',
      'Corrected.',
      ':::',
      '',
      '- [x] done',
      '',
      '| a | b |',
      '|:--|--:|',
      '| 1 | 2 |',
      '',
      '[^a]: Publisher, <https://example.org/a>.',
    ].join('\n');
    const html = await renderHtml(markdown, withGlossary);
    expect(html).toContain('<aside class="callout callout--correction"');
    expect(html).toContain('<span class="sic">Moscw</span>');
    expect(html).toContain('<gloss-term data-term="iturup">');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<td align="right">2</td>');
  });

  it('the islands map is inserted after the check, and a comment cannot ask for it', async () => {
    const stub = {
      glossary: [],
      islandsMap: () =>
        h(
          'figure',
          { class: 'islands-map', id: 'islands-map' },
          s('svg', { viewBox: '0 0 1 1' }, s('a', { href: 'https://example.org/s' }, s('text', 's'))),
        ),
    };
    const html = await renderHtml('Intro <abbr title="x">y</abbr>.\n\n::islands-map\n', stub);
    expect(html).toContain('<figure class="islands-map" id="islands-map"><svg viewBox="0 0 1 1">');
    // Later plugins still treat the map like the rest of the page.
    expect(html).toContain('class="external"');
    const faked = await renderHtml('<!--islands-map-->\n\nText.', stub);
    expect(faked).not.toContain('<svg');
  });

  it('gives a link our own markup already marked external one "(external link)", not two', async () => {
    const marked = sourceList([{ publisher: 'Publisher', title: 'Title', url: 'https://example.org/t' }], { heading: '' });
    const html = await renderHtml('::islands-map\n\nSee <https://example.org/u>.\n', {
      glossary: [],
      islandsMap: () => h('figure', marked),
    });
    expect(html.match(/ \(external link\)/g)).toHaveLength(2);
    expect(html).toContain(
      '<a href="https://example.org/u" class="external" rel="noopener noreferrer external">https<span class="external__end">://example.org/u</span><span class="visually-hidden"> (external link)</span></a>',
    );
  });
});

describe('rehype-raw-when-present', () => {
  const options = (rawPlugin: unknown) => {
    const base = markdownOptions({ glossary: [] });
    return { ...base, rehypePlugins: [rawPlugin, ...(base.rehypePlugins ?? []).slice(1)] } as UnifiedProcessorOptions;
  };
  const render = async (markdown: string, rawPlugin: unknown) =>
    (await (await unified(options(rawPlugin)).createRenderer({})).render(markdown, { frontmatter: {} })).code;

  it('renders a document without raw HTML exactly as rehype-raw would', async () => {
    const markdown =
      '## Talks\n\nThe *2022* strategy[^1] and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n:::note\nA box.\n:::\n\n[^1]: MOFA, <https://www.mofa.go.jp/>.\n';
    expect(await render(markdown, rehypeRawWhenPresent)).toBe(await render(markdown, rehypeRaw));
  });

  it('still turns raw HTML into elements the later plugins see', async () => {
    const markdown = 'Japan’s <abbr title="National Security Strategy">NSS</abbr> and <a href="/timeline/">the timeline</a>.';
    const html = await render(markdown, rehypeRawWhenPresent);
    expect(html).toBe(await render(markdown, rehypeRaw));
    // rehype-paragraph-ids only sees the paragraph's words once the raw nodes are elements.
    expect(html).toContain('<p id="p-japans-nss-and-the-timeline">');
  });
});

const GLOSSARY = [
  { id: 'iturup', term: 'Iturup', aliases: ['Etorofu', '択捉島'], definition: 'The largest of the four "disputed" islands.' },
  {
    id: 'bastion',
    term: 'Bastion (coastal missile system)',
    aliases: ['Bastion'],
    definition: 'A Russian mobile coastal defence missile system.',
  },
  { id: 'kuril-islands', term: 'Kuril Islands', aliases: ['Kurils'], definition: 'The chain of islands between Hokkaido and Kamchatka.' },
  {
    id: 'northern-territories',
    term: 'Northern Territories',
    aliases: ['southern Kurils'],
    definition: 'Japan’s name for the four islands.',
  },
];
const withGlossary = { glossary: GLOSSARY };

describe('remark-glossary', () => {
  it('links the first mention of each term, with no definition in the page', async () => {
    const html = await renderHtml(
      'Etorofu, or Iturup, lies north of the southern Kurils. Iturup again, and the Kurils.\n\nMore on Etorofu and the Bastion system.\n',
      withGlossary,
    );
    // Only the link: <gloss-term> fetches the name and definition (glossary/terms.json) when the term is opened.
    expect(html).toContain('<gloss-term data-term="iturup"><a href="/glossary/#iturup" class="gloss-term__link">Etorofu</a></gloss-term>');
    expect(html).not.toContain('The largest of the four');
    expect(html).not.toContain('gloss-term__popup');
    expect(html.match(/data-term="iturup"/g)).toHaveLength(1);
    expect(html).toContain(
      'data-term="northern-territories"><a href="/glossary/#northern-territories" class="gloss-term__link">southern Kurils</a>',
    );
    // "Kurils" inside "southern Kurils" is not a mention of the Kuril Islands; the later one is.
    expect(html).toContain(
      'the <gloss-term data-term="kuril-islands"><a href="/glossary/#kuril-islands" class="gloss-term__link">Kurils</a>',
    );
    expect(html).toContain('class="gloss-term__link">Bastion</a>');
    expect(html).toContain('<p id="p-etorofu-or-iturup-lies-north-of">');
    await expect(html).toMatchFileSnapshot('./__snapshots__/glossary.html');
  });

  it('leaves headings, links, code, callout titles and footnotes alone', async () => {
    const md = [
      '## Iturup',
      '',
      ':::note[Bastion on Iturup]',
      'See [the Kurils](/timeline/x/) and `Etorofu`.[^1]',
      ':::',
      '',
      '[^1]: Report on Iturup and the Bastion system.',
      '',
      'Finally Iturup.',
    ].join('\n');
    const html = await renderHtml(md, withGlossary);
    expect(html).toContain('<h2 id="iturup" data-pagefind-title="Iturup">Iturup');
    expect(html).toContain('<p class="callout__title"><strong>Editor’s note</strong>: Bastion on Iturup</p>');
    expect(html).toContain('<a href="/timeline/x/">the Kurils</a>');
    expect(html).toContain('<code>Etorofu</code>');
    expect(html).toMatch(/<li id="user-content-fn-1">\s*<p>Report on Iturup and the Bastion system\./);
    expect(html.match(/<gloss-term/g)).toHaveLength(1);
    expect(html).toContain('Finally <gloss-term data-term="iturup">');
  });

  it('does not match inside words or in the wrong case', async () => {
    const html = await renderHtml('Bastions and a bastion of calm; KURILS; Iturupskiy.', withGlossary);
    expect(html).not.toContain('<gloss-term');
  });

  it('treats a hand-written link to a term as its mention, and leaves other glossary links plain', async () => {
    const html = await renderHtml(
      'First Iturup, then [Etorofu](/glossary/#iturup). See the [glossary entry](/glossary/#bastion) on Bastion.',
      withGlossary,
    );
    // The editor linked Iturup by hand: that link gets the definition, and the earlier plain mention is not linked.
    expect(html).toContain(
      'First Iturup, then <gloss-term data-term="iturup"><a href="/glossary/#iturup" class="gloss-term__link">Etorofu</a>',
    );
    expect(html).toContain('<a href="/glossary/#bastion">glossary entry</a>');
    expect(html).toContain('on <gloss-term data-term="bastion">');
  });

  it('links Japanese names without spaces around them', async () => {
    const html = await renderHtml('ロシアは択捉島に', withGlossary);
    expect(html).toContain('ロシアは<gloss-term data-term="iturup"><a href="/glossary/#iturup" class="gloss-term__link">択捉島</a>');
  });

  it('gets the base path from rehype-base-links', async () => {
    const html = await renderHtml('On Iturup.', { ...withGlossary, base: '/news/' });
    expect(html).toContain('<a href="/news/glossary/#iturup" class="gloss-term__link">Iturup</a>');
  });

  it('does not count the hidden definitions as words read', async () => {
    const plain = await renderMarkdown('On Iturup and the Kurils.', { glossary: [] });
    const linked = await renderMarkdown('On Iturup and the Kurils.', withGlossary);
    expect(linked.metadata.frontmatter['wordCount']).toBe(plain.metadata.frontmatter['wordCount']);
  });

  it('uses the glossary as it is when each document is rendered, so edits apply without a restart', async () => {
    let terms: typeof GLOSSARY = [GLOSSARY[0]!];
    const renderer = await unified(markdownOptions({ glossary: () => terms })).createRenderer({});
    const render = async () => (await renderer.render('On Iturup and the Kurils.', { frontmatter: {} })).code;
    expect(await render()).not.toContain('data-term="kuril-islands"');
    terms = GLOSSARY;
    expect(await render()).toContain('data-term="kuril-islands"');
  });

  it('loads the site glossary by default', async () => {
    const html = await renderHtml('Russia deployed missiles on Paramushir.');
    expect(html).toContain('<gloss-term data-term="paramushir">');
  });
});

describe('remark-islands-map', () => {
  const stub = { islandsMap: () => h('figure', { class: 'islands-map', id: 'islands-map' }, s('svg', { viewBox: '0 0 1 1' })) };

  it('replaces ::islands-map with the map figure', async () => {
    const html = await renderHtml('Before.\n\n::islands-map\n\nAfter.', stub);
    expect(html).toContain('<figure class="islands-map" id="islands-map"><svg viewBox="0 0 1 1"></svg></figure>');
    expect(html).not.toContain('::islands-map');
  });

  it('is known to the directive guard, and refuses labels, attributes and a second map', async () => {
    await expect(renderHtml('::islands-map[Kurils]', stub)).rejects.toThrow(/takes no label or attributes/);
    await expect(renderHtml('::islands-map{zoom=2}', stub)).rejects.toThrow(/takes no label or attributes/);
    await expect(renderHtml('::islands-map\n\n::islands-map', stub)).rejects.toThrow(/only once/);
    expect(await renderHtml('::other-map', stub)).toContain('::other-map');
  });

  // Builds the map from the 3 MB Natural Earth file: seconds, not milliseconds, on a busy two-core machine.
  it('renders the real map: SVG with title, description, land and the claimed range', async () => {
    const html = await renderHtml('::islands-map', { glossary: [] });
    expect(html).toMatch(
      /<figure class="islands-map" id="islands-map"><svg class="islands-map__svg" data-pagefind-ignore="" viewBox="0 0 800 \d+" role="img" aria-labelledby="islands-map-title islands-map-desc">/,
    );
    // Land and graticule are drawn from the one shared land file.
    expect(html).toContain('<use class="islands-map__graticule" href="/maps/islands-land.svg#graticule"></use>');
    expect(html).toContain('<use class="islands-map__land" href="/maps/islands-land.svg#land"></use>');
    expect(html).toContain('Claimed range: up to 500 km,');
    expect(html).toContain('<figcaption><strong>Hokkaido and the Kuril Islands.</strong>');
    // The range sources come from content/places/paramushir.yaml, in the site's source-list markup, each link marked once.
    expect(html).toContain(
      '<span class="islands-map__credit">Range sources:</span><section class="source-list islands-map__sources" data-pagefind-ignore=""><ol><li>',
    );
    expect(html).toContain('<time datetime="2022-12-06">6 December 2022</time>');
    expect(html).not.toContain('<span class="visually-hidden"> (external link)</span><span class="visually-hidden">');
    // Their last word is kept with the icon once (src/lib/sources.ts), not wrapped again by rehype-external-link-end.
    expect(html).toContain('near disputed <span class="external__end">islands</span><span class="visually-hidden"> (external link)</span>');
    expect(html).not.toContain('<span class="external__end"><span class="external__end">');
    await expect(html).toMatchFileSnapshot('./__snapshots__/islands-map.html');
    // The glossary does not link words inside the map or its caption.
    const linked = await renderHtml('::islands-map');
    expect(linked).not.toContain('<gloss-term');
    // Projecting the real land outlines twice takes seconds on a loaded two-core machine; 5 s timed out there.
  }, 30_000);

  it('in a Japanese document, labels the places Japanese first and writes the texts in Japanese', async () => {
    const renderer = await unified(markdownOptions({ glossary: [] })).createRenderer({});
    const fileURL = new URL('file:///site/content/articles/ja/x.md');
    const html = (await renderer.render('::islands-map', { frontmatter: {}, fileURL })).code;
    // Japanese name with the Russian one in Latin letters, then the Cyrillic (content/places/ja).
    expect(html).toMatch(
      /<text [^>]*class="islands-map__label"[^>]*><tspan[^>]*>択捉島 \(Iturup\)<\/tspan><tspan[^>]*><tspan lang="ru">Итуруп<\/tspan><\/tspan><\/text>/,
    );
    expect(html).toContain('>国後島 (Kunashir)</tspan>');
    expect(html).toContain('>千島列島北部、係争地ではない</tspan>');
    expect(html).toContain('<title id="islands-map-title">地図：北海道と千島列島</title>');
    expect(html).toMatch(
      /<desc id="islands-map-desc">北海道、千島列島、カムチャツカ半島南部の地図。[^<]*択捉島（ロシア名イトゥルップ島、Итуруп）/,
    );
    expect(html).toContain('主張されている射程：最大500km');
    expect(html).toContain('（ロシア国防省による）');
    expect(html).toContain('>200キロ</text>');
    expect(html).toContain('<figcaption><strong>北海道と千島列島。</strong>北海道、千島列島');
    expect(html).toContain('<span class="islands-map__credit">射程の出典：</span>');
    expect(html).toContain('<time datetime="2022-12-06">2022年12月6日</time>');
    for (const english of [
      'Claimed range',
      'Hokkaido and the Kuril Islands',
      'Sea of Okhotsk',
      'Range sources',
      'Land outlines',
      'Iturup / Etorofu',
    ]) {
      expect(html, english).not.toContain(english);
    }
    // An English document in the same build still gets the English map.
    expect(await renderHtml('::islands-map', { glossary: [] })).toContain('Claimed range: up to 500 km,');
  }, 30_000);
});

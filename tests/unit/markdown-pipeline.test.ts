/**
 * Each of our remark/rehype plugins, exercised through the real Markdown
 * processor. Full outputs are kept as HTML snapshots in __snapshots__/, so a
 * change in rendering shows up as a reviewable diff.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown } from '../support/markdown';

describe('headings: ids and self-links (rehype-slug, rehype-autolink-headings)', () => {
  it('gives each heading a slug id and an accessible self-link', async () => {
    const html = await renderHtml('## Russia deploys missiles\n\nText.\n\n## Russia deploys missiles\n');
    expect(html).toContain('<h2 id="russia-deploys-missiles">');
    expect(html).toContain('<h2 id="russia-deploys-missiles-1">');
    expect(html).toContain('href="#russia-deploys-missiles"');
    expect(html).toContain('Link to this section: Russia deploys missiles');
    await expect(html).toMatchFileSnapshot('./__snapshots__/headings.html');
  });
});

describe('rehype-paragraph-ids', () => {
  it('ids paragraphs from their first six words, stable against reordering', async () => {
    const a = await renderHtml('There is a territorial dispute between Japan and Russia.\n\nRecently Russia’s Defense Ministry stated that.');
    const b = await renderHtml('Recently Russia’s Defense Ministry stated that.\n\nThere is a territorial dispute between Japan and Russia.');
    for (const html of [a, b]) {
      expect(html).toContain('<p id="p-there-is-a-territorial-dispute-between">');
      expect(html).toContain('<p id="p-recently-russias-defense-ministry-stated-that">');
    }
  });

  it('deduplicates equal openings and skips list items and footnotes', async () => {
    const html = await renderHtml('Same opening words here for both.\n\nSame opening words here for both, again.\n\n- a list item\n\nText.[^1]\n\n[^1]: A footnote paragraph.\n');
    expect(html).toContain('id="p-same-opening-words-here-for-both"');
    expect(html).toContain('id="p-same-opening-words-here-for-both-2"');
    expect(html).not.toContain('id="p-a-list-item"');
    expect(html).not.toContain('id="p-a-footnote-paragraph"');
    await expect(html).toMatchFileSnapshot('./__snapshots__/paragraph-ids.html');
  });
});

describe('external links (rehype-external-links)', () => {
  it('marks external links, adds rel=noopener and a screen-reader hint; leaves site links alone', async () => {
    const html = await renderHtml('See [MOFA](https://www.mofa.go.jp/) and [the timeline](/timeline/).');
    expect(html).toMatch(/<a href="https:\/\/www\.mofa\.go\.jp\/" class="external" rel="noopener noreferrer external">MOFA<span class="visually-hidden"> \(external link\)<\/span><\/a>/);
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
    expect(html).toContain('<p id="p-no-source-gives-10000">No source gives 10,000.</p>');
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
    await expect(renderHtml('Intro.\n\n:::warning\nText\n:::\n')).rejects.toThrow(/Unknown box ":::warning".*:::note, :::correction, :::context/);
  });
});

describe('GFM footnotes', () => {
  it('renders citations as a labelled "Sources and notes" section', async () => {
    const html = await renderHtml('A fact.[^a]\n\n[^a]: Publisher, "Title", 2022-12-06. <https://example.org/a>\n');
    expect(html).toContain('<h2 class="footnotes__title" id="footnote-label">Sources and notes');
    // The footnote marker is not part of the paragraph's id.
    expect(html).toContain('<p id="p-a-fact">');
    expect(html).toContain('href="https://example.org/a"');
  });
});

describe('rehype-reject-unsafe-html', () => {
  it.each([
    ['a script element', 'Text <script>alert(1)</script>', /<script> is not allowed/],
    ['an inline event handler', '<img src="x.png" onerror="alert(1)">', /event-handler attribute "onerror"/],
    ['a javascript: Markdown link', '[click](javascript:alert(1))', /href "javascript:alert\(1\)".*scheme that is not allowed/],
    ['a javascript: HTML link', '<a href=" JavaScript:alert(1)">x</a>', /scheme that is not allowed/],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /src "data:image/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe> is not allowed/],
  ])('fails the build on %s', async (_name, markdown, message) => {
    await expect(renderHtml(markdown)).rejects.toThrow(message);
  });

  it('keeps harmless inline HTML', async () => {
    const html = await renderHtml('The <abbr title="National Security Strategy">NSS</abbr> of 2022<sup>1</sup>, and [mail](mailto:editors@example.org).');
    expect(html).toContain('<abbr title="National Security Strategy">NSS</abbr>');
    expect(html).toContain('href="mailto:editors@example.org"');
  });
});

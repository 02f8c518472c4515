/** remark-citations, through the site's real Markdown processor. */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/pipeline';
import { renderHtml } from '../support/markdown';

/** Renders as the file at `path` (an article when it sits in articles/). */
async function renderAt(path: string, markdown: string): Promise<string> {
  const renderer = await unified(markdownOptions({ glossary: [] })).createRenderer({});
  return (await renderer.render(markdown, { frontmatter: {}, fileURL: new URL(`file:///site/content/${path}`) })).code;
}

describe('remark-citations', () => {
  it('fails on a citation with no definition, which would show as "[^ref]"', async () => {
    await expect(renderHtml('A fact.[^mofa]\n\nMore.[^a]\n\n[^a]: Source.', { glossary: [] })).rejects.toThrow(
      /Citations: line 1: the citation \[\^mofa\] has no definition/,
    );
  });

  it('fails on a definition nothing cites, which would be dropped unseen', async () => {
    await expect(renderHtml('A fact.[^a]\n\n[^a]: Source.\n[^b]: Unused source.', { glossary: [] })).rejects.toThrow(
      /line 4: the footnote \[\^b\] is defined but never cited/,
    );
  });

  it('lists every problem with its line', async () => {
    await expect(renderHtml('One.[^x]\n\nTwo.[^y]\n\n[^z]: Unused.', { glossary: [] })).rejects.toThrow(
      /Citations \(3 problems\):\n {2}- line 1: .*\[\^x\].*\n {2}- line 3: .*\[\^y\].*\n {2}- line 5: .*\[\^z\]/,
    );
  });

  it('leaves "[^x]" in code alone', async () => {
    expect(await renderHtml('Write `[^ref]` to cite.', { glossary: [] })).toContain('<code>[^ref]</code>');
  });

  it('requires an article to have text and at least one citation', async () => {
    await expect(renderAt('articles/a.md', '')).rejects.toThrow(/the article has no text \(it is empty or has only headings\)/);
    await expect(renderAt('articles/a.md', '## Only a heading\n')).rejects.toThrow(/the article has no text/);
    await expect(renderAt('articles/a.md', 'A claim with no source.')).rejects.toThrow(/the article cites no source/);
    expect(await renderAt('articles/a.md', 'A claim.[^s]\n\n[^s]: Source.')).toContain('data-footnote-ref');
  });

  it('requires a topic introduction to have text and a citation too, as articles do', async () => {
    await expect(renderAt('topics/sanctions.md', '')).rejects.toThrow(/the topic introduction has no text/);
    await expect(renderAt('topics/sanctions.md', 'Japan imposed sanctions.')).rejects.toThrow(/the topic introduction cites no source/);
    expect(await renderAt('topics/sanctions.md', 'Japan imposed sanctions.[^s]\n\n[^s]: Source.')).toContain('data-footnote-ref');
  });

  it('does not require citations in timeline events, whose sources are fields', async () => {
    expect(await renderAt('timeline/1993-10-13-x.md', 'A short account.')).toContain('A short account.');
  });
});

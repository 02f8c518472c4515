/**
 * A translation rendered through the real pipeline (a file in a language's
 * folder): its generated labels in its language (rehype-document-language),
 * its glossary terms linked to its language's glossary (remark-glossary),
 * paragraph ids from its first characters (rehype-paragraph-ids), and links
 * to a page its language lacks sent to the English page, marked.
 */
import { unified } from '@astrojs/markdown-remark';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/lib/i18n/languages';
import { documentLanguage } from '../../src/lib/i18n/languages';
import { markdownOptions } from '../../src/markdown/pipeline';

const TERMS = {
  en: [{ id: 'iturup', term: 'Iturup', aliases: ['Etorofu'], definition: 'The largest of the four disputed islands.' }],
  ja: [{ id: 'iturup', term: '択捉島', aliases: ['イトゥルップ島'], definition: '係争中の4島のうち最大の島。' }],
};
const glossary = (lang: Language) => TERMS[lang];

async function render(markdown: string, path: string): Promise<string> {
  const renderer = await unified(markdownOptions({ glossary, islandsMap: () => h('figure') })).createRenderer({});
  return (await renderer.render(markdown, { frontmatter: {}, fileURL: new URL(`file:///site/content/${path}`) })).code;
}

const DOC = [
  '## 交渉の停止',
  '',
  '択捉島には[埋め込み用の年表](/ja/timeline/embed/)と[用語集](/ja/glossary/#iturup)と[出来事](/ja/timeline/1993-10-13-tokyo-declaration/)がある。[^a]',
  '',
  '[外務省](https://www.mofa.go.jp/)の発表。',
  '',
  ':::note[未確認の点]',
  '本文。',
  ':::',
  '',
  '[^a]: 出典。',
].join('\n');

describe('a document’s language', () => {
  it('is the language folder a file is in, English otherwise', () => {
    expect(documentLanguage('/site/content/timeline/ja/x.md')).toBe('ja');
    expect(documentLanguage('C:\\site\\content\\glossary\\ja\\x.yaml')).toBe('ja');
    expect(documentLanguage('/site/content/timeline/x.md')).toBe('en');
    expect(documentLanguage('/site/content/timeline/fr/x.md')).toBe('en');
    expect(documentLanguage(undefined)).toBe('en');
  });
});

describe('a translation through the pipeline', () => {
  it('writes the generated labels in Japanese', async () => {
    const html = await render(DOC, 'articles/ja/x.md');
    expect(html).toContain('<h2 class="footnotes__title" id="footnote-label" data-pagefind-title="出典と注">出典と注</h2>');
    expect(html).toContain('aria-label="参照1に戻る"');
    expect(html).toContain('この節へのリンク：交渉の停止');
    expect(html).toContain('<span class="visually-hidden">（外部リンク）</span>');
    expect(html).toContain('aria-label="編集部注：未確認の点"');
    expect(html).toMatch(/<p class="callout__title"><strong>編集部注<\/strong>：未確認の点<\/p>/);
    expect(html).not.toMatch(/Sources and notes|Back to reference|Link to this section|external link|Editor’s note/);
  });

  it('links its own language’s glossary terms to its own glossary', async () => {
    const html = await render('ロシアは択捉島に配備した。', 'timeline/ja/x.md');
    expect(html).toContain('<a href="/ja/glossary/#iturup" class="gloss-term__link">択捉島</a>');
    expect(html).toContain('<gloss-term data-term="iturup">');
  });

  it('sends a link to a page its language lacks to the English page, marked as English, and leaves the others', async () => {
    const html = await render(DOC, 'articles/ja/x.md');
    expect(html).toContain('<a href="/timeline/embed/" hreflang="en">埋め込み用の年表</a><span class="english-note">（英語）</span>');
    expect(html).toContain('href="/ja/timeline/1993-10-13-tokyo-declaration/"');
    expect(html).not.toContain('href="/ja/timeline/embed/"');
  });

  it('ids paragraphs from their first characters, there being no word spaces', async () => {
    const html = await render('細川護熙首相とボリス・エリツィン大統領は1993年10月13日、東京宣言に署名した。', 'timeline/ja/x.md');
    expect(html).toContain('id="p-細川護熙首相とボリスエリツィン"');
  });

  it('leaves an English original as it was', async () => {
    const html = await render('Russia deployed missiles on Iturup.[^a]\n\n## Talks\n\n[^a]: A source.', 'timeline/x.md');
    expect(html).toContain('Sources and notes');
    expect(html).toContain('Link to this section: Talks');
    expect(html).toContain('<a href="/glossary/#iturup" class="gloss-term__link">Iturup</a>');
    expect(html).toContain('id="p-russia-deployed-missiles-on-iturup"');
  });
});

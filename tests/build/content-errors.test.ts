/**
 * Malformed content must fail the build with a message that names the file
 * and the field. Each case copies a minimal valid content folder
 * (tests/fixtures/content-valid), breaks one thing, and runs a real
 * `astro build` against it with CONTENT_DIR.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../support/build-env';

const VALID = 'tests/fixtures/content-valid';
const ARTICLE = 'articles/sample-article.md';
const EVENT = 'timeline/1993-10-13-sample-event.md';
const TERM = 'glossary/sample-term.yaml';
const EVENT_JA = 'timeline/ja/1993-10-13-sample-event.md';
const TERM_JA = 'glossary/ja/sample-term.yaml';
const TOPIC = 'topics/kuril-islands.md';
const work = mkdtempSync(join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** Every pattern must appear in the build output. */
  expect: RegExp[];
}

/** Runs `astro build` on a content folder, into `<key>-dist`. */
const build = (contentDir: string, key: string): Promise<BuildResult> =>
  astroBuild({ CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, `${key}-cache`), ASTRO_OUT_DIR: join(work, `${key}-dist`) });

function prepare(key: string, c?: Pick<Case, 'file' | 'edit'>): string {
  const dir = join(work, key);
  cpSync(VALID, dir, { recursive: true });
  if (c) {
    const path = join(dir, c.file);
    const before = readFileSync(path, 'utf8');
    const after = c.edit(before);
    if (after === before) throw new Error(`case ${key}: the edit changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
}

/** The table of content errors the build catches (README, "Content errors"). */
const cases: Case[] = [
  {
    name: 'article without a title',
    file: ARTICLE,
    edit: (t) => t.replace(/^title:.*\n/m, ''),
    expect: [/sample-article/, /title/, /Required|expected string/i],
  },
  {
    name: 'article with an impossible date',
    file: ARTICLE,
    edit: (t) => t.replace('published: 2026-11-27', 'published: "2022-02-30"'),
    expect: [/sample-article/, /published/, /not a real calendar date/],
  },
  {
    name: 'article with an unknown kind',
    file: ARTICLE,
    edit: (t) => t.replace('kind: explainer', 'kind: opinion'),
    expect: [/sample-article/, /kind/],
  },
  {
    name: 'article with a misspelt field',
    file: ARTICLE,
    edit: (t) => t.replace('byline: Fixture', 'byline: Fixture\nauthor: Someone'),
    expect: [/sample-article/, /author/],
  },
  {
    name: 'article with an unknown box',
    file: ARTICLE,
    edit: (t) => `${t}\n:::warning\nText.\n:::\n`,
    expect: [/sample-article\.md/, /Unknown box ":::warning"/, /sample-article\.md: body: the Markdown failed to render/],
  },
  {
    name: 'article with a script in its Markdown',
    file: ARTICLE,
    edit: (t) => `${t}\nA paragraph <img src="x.png" onerror="alert(1)"> with a handler.\n`,
    expect: [
      /sample-article\.md/,
      /Unsafe HTML: line \d+:\d+: the event-handler attribute "onerror" on <img>/,
      /sample-article\.md: body: the Markdown failed to render/,
    ],
  },
  {
    name: 'event without sources',
    file: EVENT,
    edit: (t) => t.replace(/sources:\n(?:\s+.*\n)+?(?=related:)/, 'sources: []\n'),
    expect: [/1993-10-13-sample-event/, /sources/],
  },
  {
    name: 'event whose date does not match its precision',
    file: EVENT,
    edit: (t) => t.replace('precision: day', 'precision: month'),
    expect: [/1993-10-13-sample-event/, /date/, /does not match precision "month"/],
  },
  {
    name: 'event citing a javascript: URL',
    file: EVENT,
    edit: (t) => t.replace('url: "https://example.org/source"', 'url: "javascript:alert(1)"'),
    expect: [/1993-10-13-sample-event/, /url/, /http/],
  },
  {
    name: 'event with an unknown category',
    file: EVENT,
    edit: (t) => t.replace('category: diplomacy', 'category: sport'),
    expect: [/1993-10-13-sample-event/, /category/],
  },
  {
    name: 'event related to an article that does not exist',
    file: EVENT,
    edit: (t) => t.replace('article: sample-article', 'article: no-such-article'),
    expect: [/1993-10-13-sample-event\.md: related\[0\]\.article: "no-such-article" is not in the articles collection/],
  },
  {
    name: 'event linking to a paragraph the article does not have',
    file: EVENT,
    edit: (t) => t.replace('paragraph: p-a-paragraph-that-the-sample-event', 'paragraph: p-no-such-paragraph'),
    expect: [/1993-10-13-sample-event\.md: related\[0\]\.paragraph: article "sample-article" has no paragraph #p-no-such-paragraph/],
  },
  {
    name: 'event with a correction that says nothing',
    file: EVENT,
    edit: (t) => t.replace(/^ {4}text: "The fixture's sample correction.*\n/m, ''),
    expect: [/1993-10-13-sample-event/, /corrections/, /text/],
  },
  {
    name: 'event updated before its latest correction',
    file: EVENT,
    edit: (t) => t.replace('updated: "2026-12-03"', 'updated: "2026-12-01"'),
    expect: [/1993-10-13-sample-event/, /updated/, /earlier than the latest correction \(2026-12-03\)/],
  },
  {
    name: 'article corrected before it was published',
    file: ARTICLE,
    edit: (t) =>
      t.replace('byline: Fixture', 'byline: Fixture\ncorrections: [{ date: 2026-11-01, text: "A correction from before publication." }]'),
    expect: [/sample-article/, /corrections/, /before publication \(2026-11-27\)/],
  },
  {
    name: 'glossary term pointing at a missing place',
    file: TERM,
    edit: (t) => t.replace('place: sample-place', 'place: atlantis'),
    expect: [/sample-term\.yaml: place: "atlantis" is not in the places collection/],
  },
  {
    name: 'glossary term without a definition',
    file: TERM,
    edit: (t) => t.replace(/^definition:.*\n/m, ''),
    expect: [/sample-term/, /definition/],
  },
  {
    name: 'translation repeating a field of its original',
    file: EVENT_JA,
    edit: (t) => t.replace('title:', 'date: "1993-10-13"\ntitle:'),
    expect: [/timelineJa/, /1993-10-13-sample-event/, /date/],
  },
  {
    name: 'translation without the version it translates',
    file: TERM_JA,
    edit: (t) => t.replace(/sourceHash: .*\n/, ''),
    expect: [/glossaryJa/, /sample-term/, /sourceHash/],
  },
];

/** Adds, renames or links files in a fresh copy of the valid fixture. */
interface FolderCase {
  name: string;
  setup: (dir: string) => void;
  expect: RegExp[];
  /** None of these may appear in the output. */
  absent?: RegExp[];
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const write = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const OUTSIDE_SECRET = 'outside-the-repository-secret-text';

/**
 * Several independent mistakes per build: the content gate and the render
 * step each report every problem at once, so one build proves them all
 * (and keeps this file from growing by a build per rule).
 */
const folderCases: FolderCase[] = [
  {
    name: 'the content gate reports every file mistake at once',
    setup: (dir) => {
      const article = read(dir, ARTICLE);
      // An unquoted impossible date, which YAML would roll over to 2 March.
      write(dir, ARTICLE, article.replace('published: 2026-11-27', 'published: 2022-02-30\nlead: true'));
      // A timestamp where YYYY-MM-DD is promised, and a second lead.
      write(dir, 'articles/second-article.md', article.replace('published: 2026-11-27', 'published: 2026-11-27T10:00:00Z\nlead: true'));
      // Differs from sample-article only in case and spacing.
      write(dir, 'articles/Sample Article.md', article);
      write(dir, 'articles/2024/nested.md', article);
      write(dir, 'articles/draft.markdown', article);
      write(dir, 'timeline/1993-10-14-sample-event.md', read(dir, EVENT));
      rmSync(join(dir, EVENT));
      write(
        dir,
        'glossary/clashing-term.yaml',
        read(dir, TERM).replace('term: Sample term', 'term: Clashing term').replace('aliases: [Sample alias]', 'aliases: [sample alias]'),
      );
      write(dir, 'glossary/broken.yaml', 'term: Broken\ndefinition: [unclosed\n');
      write(dir, 'glossary/ja/missing-term.yaml', read(dir, TERM_JA).replace('translationOf: sample-term', 'translationOf: missing-term'));
      write(dir, 'glossary/ja/sample-term.yaml', read(dir, TERM_JA).replace('translationOf: sample-term', 'translationOf: other-term'));
      write(dir, 'timeline/fr/1993-10-13-sample-event.md', read(dir, EVENT_JA));
      write(
        dir,
        'places/bomb.yaml',
        'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
      );
      const outside = join(work, 'outside.yaml');
      writeFileSync(outside, `term: ${OUTSIDE_SECRET}\ndefinition: [${OUTSIDE_SECRET}\n`);
      symlinkSync(outside, join(dir, 'glossary/linked.yaml'));
    },
    expect: [
      /Content errors in .*\(\d+\):/,
      /articles\/sample-article\.md:4: published: "2022-02-30" is not a real calendar date/,
      /articles\/second-article\.md:4: published: "2026-11-27T10:00:00Z" is not a date written YYYY-MM-DD/,
      /articles\/Sample Article\.md and articles\/sample-article\.md: these names give the same id "sample-article"/,
      /articles\/2024\/nested\.md: content\/articles\/ takes files only, not folders/,
      /articles\/draft\.markdown: content\/articles\/ reads only \.md files/,
      /lead: more than one article has lead: true/,
      /timeline\/1993-10-14-sample-event\.md: date: "1993-10-13" differs from the date in the file name \(1993-10-14\)/,
      /glossary\/clashing-term\.yaml and glossary\/sample-term\.yaml: term\/aliases: "sample alias" belongs to more than one glossary term/,
      /glossary\/broken\.yaml:2: YAML syntax error/,
      /glossary\/ja\/missing-term\.yaml: translates glossary\/missing-term, which does not exist/,
      /glossary\/ja\/sample-term\.yaml: translationOf: "other-term" differs from the file name/,
      /timeline\/fr\/1993-10-13-sample-event\.md: content\/timeline\/ takes files only, not folders .*translation folders \(timeline\/ja\/\)/,
      /places\/bomb\.yaml:2: YAML aliases \(\*a\) are not allowed in content/,
      /glossary\/linked\.yaml: is a symbolic link to a file outside the content folder/,
    ],
    absent: [new RegExp(OUTSIDE_SECRET), /node_modules\/yaml/, /Unable to load your Astro config/],
  },
  {
    name: 'citations and raw HTML: every document with a problem is reported',
    setup: (dir) => {
      const article = read(dir, ARTICLE);
      const front = article.slice(0, article.indexOf('---', 3) + 3);
      write(dir, 'articles/undefined-citation.md', `${front}\n\nA fact.[^missing] Another.[^source]\n\n[^source]: Source.\n`);
      write(dir, 'articles/uncited-definition.md', `${front}\n\nA fact.[^source]\n\n[^source]: Source.\n[^unused]: Never cited.\n`);
      write(dir, 'articles/empty-body.md', `${front}\n`);
      write(dir, 'articles/only-a-heading.md', `${front}\n\n## A heading\n`);
      write(dir, 'articles/no-citation.md', `${front}\n\nA claim without a source.\n`);
      write(
        dir,
        'articles/hostile-html.md',
        [
          `${front}\n`,
          'A fact.[^source]',
          '',
          '<noscript><p title="</noscript><meta http-equiv=refresh content=1;url=https://evil.example/>">x</p></noscript>',
          '',
          '<a href="jav&#x09;ascript:alert(1)">a link</a>',
          '',
          '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
          '',
          '<img name="createElement" src="https://evil.example/x.png" alt="">',
          '',
          '[^source]: Source.',
          '',
        ].join('\n'),
      );
    },
    expect: [
      /undefined-citation\.md[\s\S]*line 10: the citation \[\^missing\] has no definition/,
      /uncited-definition\.md[\s\S]*line 13: the footnote \[\^unused\] is defined but never cited/,
      /empty-body\.md[\s\S]*the article has no text/,
      /only-a-heading\.md[\s\S]*the article has no text/,
      /no-citation\.md[\s\S]*the article cites no source/,
      /hostile-html\.md[\s\S]*Unsafe HTML \(\d+ problems\)/,
      /line 12:1: <noscript> is not allowed in content/,
      /line 14:1: the attribute href="jav\\tascript:alert\(1\)" on <a> contains a tab, newline or control character/,
      /line 16:1: <svg> is not allowed in content/,
      /line 18:1: the attribute name="createElement" on <img> could stand in for a property/,
      /line 18:1: the attribute src="https:\/\/evil\.example\/x\.png" on <img> loads a remote file/,
      ...['undefined-citation', 'uncited-definition', 'empty-body', 'only-a-heading', 'no-citation', 'hostile-html'].map(
        (id) => new RegExp(`${id}\\.md: body: the Markdown failed to render`),
      ),
    ],
  },
  {
    name: 'topic introductions: a missing one, a bad key event and an uncited text are all reported',
    setup: (dir) => {
      rmSync(join(dir, 'topics/military.md'));
      const sanctions = read(dir, 'topics/sanctions.md');
      write(dir, 'topics/sanctions.md', sanctions.replace('  - 1993-10-13-sample-event', '  - 1993-10-13-no-such-event'));
      write(dir, 'topics/diplomacy.md', sanctions.replace(/\[\^source\]/g, '').replace(/^: Example.*\n/m, ''));
    },
    expect: [
      /topics\/military\.md: missing: the topic "military" has no introduction/,
      /topics\/sanctions\.md: keyEvents\[2\]: "1993-10-13-no-such-event" is not in the timeline collection/,
      /topics\/diplomacy\.md[\s\S]*the topic introduction cites no source/,
    ],
  },
];

describe('content errors fail the build, naming the file and the field', () => {
  it('the valid fixture builds', async () => {
    const { code, output } = await build(prepare('valid'), 'valid');
    expect(output).not.toMatch(/\berror\b/i);
    expect(output).not.toMatch(/Translations behind their original/);
    expect(code).toBe(0);
    // The article has no Japanese translation: its Japanese page says so and links to the English one, instead of a 404.
    const missing = readFileSync(join(work, 'valid-dist', 'ja', 'articles', 'sample-article', 'index.html'), 'utf8');
    expect(missing).toContain('<html lang="ja">');
    expect(missing).toContain('このページはまだ翻訳されていません。');
    expect(missing).toMatch(/<a href="\/articles\/sample-article\/" hreflang="en"[^>]*>英語の原文を読む<\/a>/);
    // Nor is it in the Japanese search index: it has no Japanese text (the English page is in the English index).
    expect(missing).not.toContain('data-pagefind-body');
    expect(readFileSync(join(work, 'valid-dist', 'articles', 'sample-article', 'index.html'), 'utf8')).toContain('data-pagefind-body');
    // The event's translation is up to date: its page shows it with no note.
    const current = readFileSync(join(work, 'valid-dist', 'ja', 'timeline', '1993-10-13-sample-event', 'index.html'), 'utf8');
    expect(current).toContain('テスト用の出来事');
    expect(current).not.toContain('この翻訳は原文の更新に追いついていません');
    expect(current).toContain('data-pagefind-body');
    // A topic's introduction: translated and current, or not translated and shown in English, marked.
    const topic = readFileSync(join(work, 'valid-dist', 'ja', 'topics', 'kuril-islands', 'index.html'), 'utf8');
    expect(topic).toContain('テスト用のテーマの紹介文。');
    expect(topic).not.toContain('translation-notice');
    const untranslated = readFileSync(join(work, 'valid-dist', 'ja', 'topics', 'sanctions', 'index.html'), 'utf8');
    expect(untranslated).toContain('この紹介文はまだ翻訳されていません（英語）。');
    expect(untranslated).toMatch(/<div class="prose topic-intro" lang="en"[^>]*>\s*<p[^>]*>A sentence introducing the topic\./);
    expect(untranslated).toMatch(/<a href="\/topics\/sanctions\/" hreflang="en"[^>]*>英語の原文を読む<\/a>/);
  });

  it('a translation whose original changed builds, with a warning naming both files', async () => {
    const dir = prepare('stale-translation');
    write(dir, EVENT, read(dir, EVENT).replace('A short account.', 'A short account, since edited.'));
    write(dir, TOPIC, read(dir, TOPIC).replace('introducing the topic', 'introducing the topic, since edited'));
    const { code, output } = await build(dir, 'stale-translation');
    expect(code).toBe(0);
    expect(output).toMatch(
      /Translations behind their original \(2\)[\s\S]*timeline\/ja\/1993-10-13-sample-event\.md translates version [0-9a-f]{12} of timeline\/1993-10-13-sample-event\.md, which is now [0-9a-f]{12}/,
    );
    expect(output).toMatch(
      /topics\/ja\/kuril-islands\.md translates version 0a3e2bb589af of topics\/kuril-islands\.md, which is now [0-9a-f]{12}/,
    );
    const topic = readFileSync(join(work, 'stale-translation-dist', 'ja', 'topics', 'kuril-islands', 'index.html'), 'utf8');
    expect(topic).toContain('テスト用のテーマの紹介文。');
    expect(topic).toContain('この翻訳は原文の更新に追いついていません。');
    expect(topic).toMatch(/<a href="\/topics\/kuril-islands\/" hreflang="en"[^>]*>英語の原文を読む<\/a>/);
    // And the Japanese page says so, with a link to the English original.
    const page = readFileSync(join(work, 'stale-translation-dist', 'ja', 'timeline', '1993-10-13-sample-event', 'index.html'), 'utf8');
    expect(page).toContain('テスト用の出来事');
    expect(page).toContain('この翻訳は原文の更新に追いついていません。');
    expect(page).toMatch(/<a href="\/timeline\/1993-10-13-sample-event\/" hreflang="en"[^>]*>英語の原文を読む<\/a>/);
  });

  it.each(cases)('$name', async (c) => {
    const key = c.name.replace(/\W+/g, '-');
    const { code, output } = await build(prepare(key, c), key);
    expect(code).not.toBe(0);
    for (const pattern of c.expect) expect(output).toMatch(pattern);
  });

  it.each(folderCases)('$name', async (c) => {
    const key = c.name.replace(/\W+/g, '-');
    const dir = prepare(key);
    c.setup(dir);
    const { code, output } = await build(dir, key);
    expect(code).not.toBe(0);
    for (const pattern of c.expect) expect(output).toMatch(pattern);
    for (const pattern of c.absent ?? []) expect(output).not.toMatch(pattern);
  });
});

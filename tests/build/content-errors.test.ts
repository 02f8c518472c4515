/**
 * Malformed content must fail the build with a message that names the file
 * and the field. Each case copies a minimal valid content folder
 * (tests/fixtures/content-valid), breaks one thing, and runs a real
 * `astro build` against it with CONTENT_DIR.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env';

const VALID = 'tests/fixtures/content-valid';
const ARTICLE = 'articles/sample-article.md';
const EVENT = 'timeline/1993-10-13-sample-event.md';
const TERM = 'glossary/sample-term.yaml';
const work = mkdtempSync(join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** Every pattern must appear in the build output. */
  expect: RegExp[];
}

/** Runs `astro build` on a content folder; resolves with the exit code and all output. */
function build(contentDir: string, key: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      env: buildEnv({
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(work, `${key}-cache`),
        ASTRO_OUT_DIR: join(work, `${key}-dist`),
      }),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

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
    expect: [/sample-article\.md/, /Unsafe HTML: the event-handler attribute "onerror"/, /sample-article\.md: body: the Markdown failed to render/],
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
    edit: (t) => t.replace(/^    text: "The fixture's sample correction.*\n/m, ''),
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
    edit: (t) => t.replace('byline: Fixture', 'byline: Fixture\ncorrections: [{ date: 2026-11-01, text: "A correction from before publication." }]'),
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
];

describe('content errors fail the build, naming the file and the field', () => {
  it('the valid fixture builds', async () => {
    const { code, output } = await build(prepare('valid'), 'valid');
    expect(output).not.toMatch(/\berror\b/i);
    expect(code).toBe(0);
  });

  it.each(cases)('$name', async (c) => {
    const key = c.name.replace(/\W+/g, '-');
    const { code, output } = await build(prepare(key, c), key);
    expect(code).not.toBe(0);
    for (const pattern of c.expect) expect(output).toMatch(pattern);
  });
});

/** The content gate (src/lib/content-gate.ts) and the YAML reader under it (src/lib/content-yaml.ts). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/data/content-gate';
import { findGateProblems, type GateFile } from '../../src/lib/content-gate';
import { parseContentYaml, splitFrontmatter } from '../../src/lib/content-yaml';

const article = (front: string, body = 'Text.[^a]\n\n[^a]: Source.\n') => `---\n${front}\n---\n\n${body}`;
const ARTICLE = 'title: "T"\npublished: 2026-11-27';
const event = (date: string) => `---\ntitle: "E"\ndate: "${date}"\nprecision: day\n---\nText.\n`;
const term = (name: string, aliases: string[] = []) => `term: ${name}\naliases: [${aliases.join(', ')}]\ndefinition: "x"\n`;
const gate = (...files: GateFile[]) => findGateProblems(files);

describe('content gate', () => {
  it('passes valid content', () => {
    expect(
      gate(
        { path: 'articles/a.md', text: article(`${ARTICLE}\nlead: true`) },
        { path: 'timeline/1993-10-13-x.md', text: event('1993-10-13') },
        { path: 'timeline/1875-y.md', text: event('1875') },
        { path: 'glossary/g.yaml', text: term('Iturup', ['Etorofu']) },
        { path: 'places/p.yaml', text: 'name: P\nsources:\n  - date: "2022-12"\n' },
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unquoted impossible date', 'published: 2022-02-30', 'articles/a.md:2: published: "2022-02-30" is not a real calendar date'],
    ['an unquoted month 13', 'published: 2022-13-45', 'articles/a.md:2: published: "2022-13-45" is not a real calendar date'],
    ['a quoted impossible date', 'published: "2023-02-29"', 'articles/a.md:2: published: "2023-02-29" is not a real calendar date'],
    [
      'a timestamp',
      'published: 2022-02-03T10:00:00Z',
      'articles/a.md:2: published: "2022-02-03T10:00:00Z" is not a date written YYYY-MM-DD',
    ],
    ['a month where a day is promised', 'published: "2022-02"', 'articles/a.md:2: published: "2022-02" is not a date written YYYY-MM-DD'],
    [
      'a nested date',
      'published: 2022-02-03\ncorrections:\n  - date: 2022-02-31\n    text: x',
      'articles/a.md:4: corrections[0].date: "2022-02-31" is not a real calendar date',
    ],
  ])('names the file, line and field for %s', (_name, front, message) => {
    expect(gate({ path: 'articles/a.md', text: article(front) })).toEqual([message]);
  });

  it('accepts partial dates only where the schema does', () => {
    expect(gate({ path: 'timeline/2022-02-x.md', text: event('2022-02') })).toEqual([]);
    expect(gate({ path: 'timeline/2022-02-30-x.md', text: event('2022-02-30') })).toEqual([
      'timeline/2022-02-30-x.md:3: date: "2022-02-30" is not a real calendar date',
    ]);
  });

  it('finds names that give the same id, by case or spacing', () => {
    expect(
      gate({ path: 'articles/Sample Article.md', text: article(ARTICLE) }, { path: 'articles/sample-article.md', text: article(ARTICLE) }),
    ).toEqual([
      'articles/Sample Article.md and articles/sample-article.md: these names give the same id "sample-article", so one would replace the other; rename one (lower case, hyphens, no spaces)',
    ]);
  });

  it('refuses folders inside a collection and links out of the content folder, without reading them', () => {
    expect(gate({ path: 'articles/2024/x.md', text: article(ARTICLE) }, { path: 'glossary/evil.yaml', outside: true })).toEqual([
      'glossary/evil.yaml: is a symbolic link to a file outside the content folder; content must be a file in the repository',
      "articles/2024/x.md: content/articles/ takes files only, not folders (each file's name is /articles/<name>/), except the translation folders (articles/ja/) with files only; move it to articles/x.md",
    ]);
  });

  it('refuses files a collection would silently leave out, but not hidden files', () => {
    expect(
      gate(
        { path: 'articles/draft.markdown', text: 'x' },
        { path: 'glossary/term.json', text: '{}' },
        { path: 'articles/.DS_Store', text: '' },
      ),
    ).toEqual([
      'articles/draft.markdown: content/articles/ reads only .md files, so this one would be left out without a word; rename or remove it',
      'glossary/term.json: content/glossary/ reads only .yaml files, so this one would be left out without a word; rename or remove it',
    ]);
  });

  it('names the content file and line of a YAML syntax error, without quoting it', () => {
    const problems = gate({ path: 'glossary/g.yaml', text: 'term: Iturup\ndefinition: [secret text\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^glossary\/g\.yaml:\d+: YAML syntax error: /);
    expect(problems[0]).not.toContain('secret');
  });

  it('refuses YAML aliases (an alias bomb never expands)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const problems = gate({ path: 'places/p.yaml', text: bomb });
    expect(problems[0]).toBe('places/p.yaml:2: YAML aliases (*a) are not allowed in content; write the value out');
  });

  it('allows one lead article', () => {
    expect(
      gate(
        { path: 'articles/a.md', text: article(`${ARTICLE}\nlead: true`) },
        { path: 'articles/b.md', text: article(`${ARTICLE}\nlead: true`) },
      ),
    ).toEqual(['articles/a.md, articles/b.md: lead: more than one article has lead: true; the home page has one lead, so keep it on one']);
  });

  it('requires an event file name to start with its date', () => {
    expect(gate({ path: 'timeline/1993-10-14-x.md', text: event('1993-10-13') })).toEqual([
      'timeline/1993-10-14-x.md: date: "1993-10-13" differs from the date in the file name (1993-10-14); the file name must start with the event\'s date',
    ]);
    expect(gate({ path: 'timeline/tokyo.md', text: event('1993-10-13') })).toEqual([
      'timeline/tokyo.md: the file name must start with the event\'s date ("1993-10-13-…md")',
    ]);
  });

  it('blames a glossary name clash on the two entries that share it', () => {
    expect(
      gate(
        { path: 'glossary/a.yaml', text: term('Habomai') },
        { path: 'glossary/b.yaml', text: term('Habomai islets', ['habomai']) },
        { path: 'glossary/c.yaml', text: term('Other') },
      ),
    ).toEqual([
      'glossary/a.yaml and glossary/b.yaml: term/aliases: "Habomai" belongs to more than one glossary term (glossary/a.yaml, glossary/b.yaml); each name may belong to one entry',
    ]);
  });

  it('reports every problem at once', () => {
    expect(
      gate(
        { path: 'articles/a.md', text: article('published: 2022-02-30\nlead: true') },
        { path: 'articles/b.md', text: article('published: 2022-02-03\nlead: true') },
        { path: 'timeline/1993-10-14-x.md', text: event('1993-10-13') },
      ),
    ).toHaveLength(3);
  });
});

describe('content gate: translations', () => {
  const translation = (of: string) => `---\ntranslationOf: ${of}\nsourceHash: "0123456789ab"\ntitle: "出来事"\n---\n本文。\n`;
  const jaTerm = (of: string, name: string, aliases: string[] = []) =>
    `translationOf: ${of}\nsourceHash: "0123456789ab"\n${term(name, aliases)}`;

  it('accepts a translation beside its original, without the date rules of originals', () => {
    expect(
      gate(
        { path: 'timeline/1993-10-13-x.md', text: event('1993-10-13') },
        { path: 'timeline/ja/1993-10-13-x.md', text: translation('1993-10-13-x') },
        { path: 'glossary/g.yaml', text: term('Iturup', ['Etorofu']) },
        // The same name as an English term is no clash: each language has its own names.
        { path: 'glossary/ja/g.yaml', text: jaTerm('g', '択捉島', ['Etorofu']) },
      ),
    ).toEqual([]);
  });

  it('refuses a translation of nothing, one named after another original, and other language folders', () => {
    expect(
      gate(
        { path: 'timeline/1993-10-13-x.md', text: event('1993-10-13') },
        { path: 'timeline/ja/1993-10-14-y.md', text: translation('1993-10-14-y') },
        { path: 'timeline/ja/1993-10-13-x.md', text: translation('1993-10-14-y') },
        { path: 'timeline/fr/1993-10-13-x.md', text: translation('1993-10-13-x') },
        { path: 'timeline/ja/deeper/1993-10-13-x.md', text: translation('1993-10-13-x') },
      ),
    ).toEqual([
      "timeline/fr/1993-10-13-x.md: content/timeline/ takes files only, not folders (each file's name is /timeline/<name>/), except the translation folders (timeline/ja/) with files only; move it to timeline/1993-10-13-x.md",
      "timeline/ja/deeper/1993-10-13-x.md: content/timeline/ takes files only, not folders (each file's name is /timeline/<name>/), except the translation folders (timeline/ja/) with files only; move it to timeline/1993-10-13-x.md",
      'timeline/ja/1993-10-13-x.md: translationOf: "1993-10-14-y" differs from the file name; a ja translation of timeline/1993-10-14-y must be named timeline/ja/1993-10-14-y.md',
      'timeline/ja/1993-10-14-y.md: translates timeline/1993-10-14-y, which does not exist; a translation has the same file name as its original in content/timeline/',
    ]);
  });

  it('checks name clashes among the translated glossary terms of one language', () => {
    expect(
      gate(
        { path: 'glossary/a.yaml', text: term('Alpha') },
        { path: 'glossary/b.yaml', text: term('Beta') },
        { path: 'glossary/ja/a.yaml', text: jaTerm('a', '用語', ['別名']) },
        { path: 'glossary/ja/b.yaml', text: jaTerm('b', '別名') },
      ),
    ).toEqual([
      'glossary/ja/a.yaml and glossary/ja/b.yaml: term/aliases: "別名" belongs to more than one glossary term (glossary/ja/a.yaml, glossary/ja/b.yaml); each name may belong to one entry',
    ]);
  });
});

describe('content YAML', () => {
  it('gives front matter lines as lines of the file', () => {
    const front = splitFrontmatter('---\ntitle: x\nbad: [\n---\nBody');
    expect(front?.body).toBe('Body');
    const parsed = parseContentYaml(front?.yaml ?? '', front?.firstLine);
    expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(parsed.data).toBeUndefined();
  });

  it('returns plain data for valid YAML', () => {
    expect(parseContentYaml('a: 1\nb: [x]').data).toEqual({ a: 1, b: ['x'] });
  });
});

describe('reading the content folder', () => {
  it('never reads a file a symbolic link takes out of the folder, and reads one that stays inside', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      const content = join(root, 'content');
      mkdirSync(join(content, 'glossary'), { recursive: true });
      mkdirSync(join(content, 'places'));
      writeFileSync(join(root, 'secret.yaml'), 'secret: text\n');
      writeFileSync(join(content, 'glossary', 'real.yaml'), 'term: Real\n');
      symlinkSync(join(root, 'secret.yaml'), join(content, 'glossary', 'outside.yaml'));
      symlinkSync(join(content, 'glossary', 'real.yaml'), join(content, 'places', 'inside.yaml'));
      symlinkSync(root, join(content, 'places', 'loop'));
      const files = readContentFolder(content).sort((a, b) => a.path.localeCompare(b.path));
      expect(files).toEqual([
        { path: 'glossary/outside.yaml', outside: true },
        { path: 'glossary/real.yaml', text: 'term: Real\n' },
        { path: 'places/inside.yaml', text: 'term: Real\n' },
        { path: 'places/loop', outside: true },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Which translations lag behind their original (src/lib/translation-status.ts, src/data/content-gate.ts). */
import { describe, expect, it } from 'vitest';
import { contentHash, staleTranslationWarning } from '../../src/data/content-gate';
import { originalPathOf, staleTranslationReport, staleTranslations, translationVersions } from '../../src/lib/translation-status';

const ORIGINAL = '---\ntitle: "E"\ndate: "1993"\nprecision: year\n---\nText.\n';
const translationOf = (hash: string) => `---\ntranslationOf: 1993-e\nsourceHash: "${hash}"\ntitle: "出来事"\n---\n本文。\n`;

describe('translation status', () => {
  it('finds the original of a translation', () => {
    expect(originalPathOf('timeline/ja/1993-e.md')).toBe('timeline/1993-e.md');
    expect(originalPathOf('glossary/ja/iturup.yaml')).toBe('glossary/iturup.yaml');
  });

  it('reads the version each translation names, from front matter and from YAML, and skips what it cannot read', () => {
    expect(
      translationVersions([
        { path: 'timeline/1993-e.md', text: ORIGINAL },
        { path: 'timeline/ja/1993-e.md', text: translationOf('0123456789ab') },
        { path: 'glossary/ja/g.yaml', text: 'translationOf: g\nsourceHash: "ba9876543210"\nterm: 用語\n' },
        { path: 'glossary/ja/broken.yaml', text: 'term: [unclosed\n' },
        { path: 'glossary/ja/no-hash.yaml', text: 'term: 用語\n' },
        { path: 'places/ja/linked.yaml' },
      ]),
    ).toEqual([
      { path: 'timeline/ja/1993-e.md', original: 'timeline/1993-e.md', sourceHash: '0123456789ab' },
      { path: 'glossary/ja/g.yaml', original: 'glossary/g.yaml', sourceHash: 'ba9876543210' },
    ]);
  });

  it('lists a translation whose original changed, and not one that is up to date or has no original', () => {
    const versions = [
      { path: 'timeline/ja/b.md', original: 'timeline/b.md', sourceHash: 'aaaaaaaaaaaa' },
      { path: 'timeline/ja/a.md', original: 'timeline/a.md', sourceHash: 'bbbbbbbbbbbb' },
      { path: 'timeline/ja/gone.md', original: 'timeline/gone.md', sourceHash: 'cccccccccccc' },
    ];
    const hashes: Record<string, string> = { 'timeline/a.md': 'bbbbbbbbbbbb0000', 'timeline/b.md': 'dddddddddddd1111' };
    const stale = staleTranslations(versions, (p) => hashes[p]);
    expect(stale).toEqual([
      { path: 'timeline/ja/b.md', original: 'timeline/b.md', sourceHash: 'aaaaaaaaaaaa', currentHash: 'dddddddddddd' },
    ]);
    expect(staleTranslationReport(stale)).toBe(
      'Translations behind their original (1): bring each up to date and set its sourceHash to the new version.\n' +
        '  - timeline/ja/b.md translates version aaaaaaaaaaaa of timeline/b.md, which is now dddddddddddd',
    );
    expect(staleTranslationReport([])).toBeUndefined();
  });

  it('compares with the SHA-256 of the original file, as sha256sum prints it', () => {
    // printf 'Text.\n' | sha256sum
    expect(contentHash('Text.\n')).toBe('61ebb162c522567baabedfb142fe7341db83d2ad272f2886c92c1aef047b4551');
    const current = contentHash(ORIGINAL).slice(0, 12);
    const files = [
      { path: 'timeline/1993-e.md', text: ORIGINAL },
      { path: 'timeline/ja/1993-e.md', text: translationOf(current) },
    ];
    expect(staleTranslationWarning(files)).toBeUndefined();
    const edited = [{ path: 'timeline/1993-e.md', text: `${ORIGINAL}More.\n` }, files[1]!];
    expect(staleTranslationWarning(edited)).toMatch(/timeline\/ja\/1993-e\.md translates version [0-9a-f]{12} of timeline\/1993-e\.md/);
  });
});

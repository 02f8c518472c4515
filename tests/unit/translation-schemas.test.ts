/** The schemas of translations (src/data/translation-schemas.ts): text fields only, and the version translated. */
import { describe, expect, it } from 'vitest';
import {
  articleTranslationSchema,
  glossaryTermTranslationSchema,
  placeTranslationSchema,
  timelineEventTranslationSchema,
} from '../../src/data/translation-schemas';

const VERSION = { translationOf: 'iturup', sourceHash: '0123456789ab' };
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('translation schemas', () => {
  it('accept each kind of translation, with no sources of their own by default', () => {
    expect(timelineEventTranslationSchema.parse({ ...VERSION, title: '東京宣言に署名' }).sources).toEqual([]);
    expect(
      articleTranslationSchema.parse({ ...VERSION, title: '北方領土問題', description: '四島をめぐる日露の対立の経緯。', byline: '編集部' })
        .summary,
    ).toBe(false);
    expect(
      glossaryTermTranslationSchema.parse({ ...VERSION, term: '択捉島', aliases: ['エトロフ'], definition: '四島のうち最大の島。' }).term,
    ).toBe('択捉島');
    expect(placeTranslationSchema.parse({ ...VERSION, name: '択捉島', russianName: 'イトゥルップ島' }).name).toBe('択捉島');
  });

  it('refuse a field that belongs to the original, so a translation cannot contradict it', () => {
    const result = timelineEventTranslationSchema.safeParse({ ...VERSION, title: '東京宣言に署名', date: '1993-10-14' });
    expect(result.success).toBe(false);
    expect(messages(result).join('\n')).toMatch(/date/);
  });

  it('require the version translated, as 12 hex digits', () => {
    expect(messages(timelineEventTranslationSchema.safeParse({ translationOf: 'x', title: '出来事' }))).toEqual([
      expect.stringMatching(/^sourceHash: /),
    ]);
    expect(messages(timelineEventTranslationSchema.safeParse({ ...VERSION, sourceHash: '0123456789AB', title: '出来事' }))).toEqual([
      "sourceHash: expected the first 12 hex digits of the original file's SHA-256",
    ]);
  });

  it('refuse a term listed among its own other names', () => {
    expect(
      messages(
        glossaryTermTranslationSchema.safeParse({ ...VERSION, term: '択捉島', aliases: ['択捉島'], definition: '四島のうち最大の島。' }),
      ),
    ).toEqual(['aliases: aliases must not repeat the term']);
  });
});

/** An item as a language's edition shows it (src/lib/translations.ts). */
import { describe, expect, it } from 'vitest';
import { translationStatus, withTranslatedText } from '../../src/lib/translations';

const HASH = 'f85aca575988e2a1c3d4b5a6978877665544332211ffeeddccbbaa0099887766';

describe('translation status', () => {
  it('calls an English page the original, whatever the translations', () => {
    expect(translationStatus('en', undefined, HASH)).toBe('original');
    expect(translationStatus('en', { sourceHash: '000000000000' }, HASH)).toBe('original');
  });

  it('tells a missing, a current and a stale translation apart by the original’s hash now', () => {
    expect(translationStatus('ja', undefined, HASH)).toBe('missing');
    expect(translationStatus('ja', { sourceHash: HASH.slice(0, 12) }, HASH)).toBe('current');
    expect(translationStatus('ja', { sourceHash: '9b65424f44bd' }, HASH)).toBe('stale');
  });
});

describe('translated text over the original’s data', () => {
  const original = { title: 'Tokyo Declaration', date: '1993-10-13', category: 'diplomacy', note: 'English note' };

  it('takes the text fields from the translation and everything else from the original', () => {
    expect(withTranslatedText(original, { title: '東京宣言', note: '注記' }, ['title', 'note'])).toEqual({
      title: '東京宣言',
      date: '1993-10-13',
      category: 'diplomacy',
      note: '注記',
    });
  });

  it('keeps no English value of a text field the translation leaves out', () => {
    expect(withTranslatedText(original, { title: '東京宣言' }, ['title', 'note'])).toEqual({
      title: '東京宣言',
      date: '1993-10-13',
      category: 'diplomacy',
    });
  });

  it('gives the original’s data unchanged when there is no translation', () => {
    expect(withTranslatedText(original, undefined, ['title'])).toBe(original);
  });

  it('leaves fields it is not asked for alone, even if the translation has them', () => {
    expect(withTranslatedText(original, { title: '東京宣言', date: '2000' } as Partial<typeof original>, ['title'])).toMatchObject({
      date: '1993-10-13',
    });
  });
});

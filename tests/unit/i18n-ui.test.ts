/** The interface dictionaries (src/lib/i18n/ui.ts): every key in every language, no English left in Japanese. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { fill, translator, UI } from '../../src/lib/i18n/ui';

// Japanese text has kana or kanji; a value without any is English left behind,
// unless it is one of these names, written the same in Japanese text.
// Kana, kanji, or Japanese punctuation (U+3000–303F: 、。「」), which a joining string may be made of alone.
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f]/u;
const SAME_IN_JAPANESE = new Set(['language.other']);

describe('interface dictionaries', () => {
  const keys = Object.keys(UI.en).sort();

  it.each(LANGUAGES)('%s has every key, each with a non-empty value', (lang) => {
    expect(Object.keys(UI[lang]).sort()).toEqual(keys);
    for (const key of keys) expect(UI[lang][key as keyof typeof UI.en].trim(), key).not.toBe('');
  });

  it('leaves no English in the Japanese dictionary', () => {
    const english = keys.filter((k) => !SAME_IN_JAPANESE.has(k) && !JAPANESE.test(UI.ja[k as keyof typeof UI.ja]));
    expect(english).toEqual([]);
  });

  it('gives no Japanese string the same as its English one, but for names', () => {
    const same = keys.filter((k) => UI.ja[k as keyof typeof UI.ja] === UI.en[k as keyof typeof UI.en]);
    expect(same).toEqual([]);
  });

  it('looks a key up in the language asked for', () => {
    expect(translator('ja')('nav.timeline')).toBe('年表');
    expect(translator('en')('nav.timeline')).toBe('Timeline');
  });
});

describe('filling a dictionary string', () => {
  it('puts each value in its placeholder and leaves unknown placeholders as written', () => {
    expect(fill('{count} min read', { count: 7 })).toBe('7 min read');
    expect(fill('段落「{text}」', { text: '東京宣言' })).toBe('段落「東京宣言」');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});

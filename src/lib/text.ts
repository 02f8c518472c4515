/** Plain-text helpers shared by the Markdown plugins and the pages. */
import { slug } from 'github-slugger';

/** Average adult silent-reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 220;
/** Japanese is read by the character (wordCount counts each one), at about 500 a minute. */
const JAPANESE_CHARS_PER_MINUTE = 500;

/** A character of Japanese script: kana (full and half width) and CJK ideographs. */
export const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/u;
const JAPANESE_CHARS = new RegExp(JAPANESE_CHAR.source, 'gu');

const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_WORDS = /\p{Script=Cyrillic}+/gu;
const LATIN_WORDS = /\p{Script=Latin}+/gu;

/** `ja` for a name in Japanese script, `ru` for Cyrillic, undefined for Latin (romanised) names. */
export function scriptLang(name: string): 'ja' | 'ru' | undefined {
  if (JAPANESE_CHAR.test(name)) return 'ja';
  if (CYRILLIC.test(name)) return 'ru';
  return undefined;
}

/**
 * The language a text is mostly written in, told by its script: whichever
 * has the most words, counting Japanese by the character as wordCount does.
 * Latin script is taken as English; undefined for a text with no letters.
 * "Интерфакс report, in English" is English; "Указ Президента" Russian.
 */
export function mainScriptLang(text: string): 'en' | 'ja' | 'ru' | undefined {
  const counts = [
    ['ja', text.match(JAPANESE_CHARS)?.length ?? 0],
    ['ru', text.match(CYRILLIC_WORDS)?.length ?? 0],
    ['en', text.match(LATIN_WORDS)?.length ?? 0],
  ] as const;
  const [lang, count] = counts.reduce((best, c) => (c[1] > best[1] ? c : best));
  return count > 0 ? lang : undefined;
}

/** Words in a text, counting CJK characters one by one (they have no spaces). */
export function wordCount(text: string): number {
  const cjk = text.match(JAPANESE_CHARS)?.length ?? 0;
  const rest = text.replace(JAPANESE_CHARS, ' ');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  return words + cjk;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(words: number, lang: 'en' | 'ja' = 'en'): number {
  return Math.max(1, Math.round(words / (lang === 'ja' ? JAPANESE_CHARS_PER_MINUTE : WORDS_PER_MINUTE)));
}

/** "p-" plus the slug of the first six words, or "" when there are no words. */
export function paragraphId(text: string, words = 6): string {
  const first = text.trim().split(/\s+/).filter(Boolean).slice(0, words).join(' ');
  const s = slug(first).replace(/-+/g, '-').replace(/^-|-$/g, '');
  return s ? `p-${s}` : '';
}

/**
 * The id of a paragraph in Japanese, which has no spaces between words: "p-"
 * plus the slug of its first `chars` characters.
 */
export function japaneseParagraphId(text: string, chars = 16): string {
  const s = slug([...text.trim()].slice(0, chars).join(''))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s ? `p-${s}` : '';
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A link text split before its last word, so the last word can be kept on one
 * line with the external-link icon after it ("Foreign " + "Affairs↗"). A word
 * longer than `max` (a URL) gives only its last `max` characters, which still
 * lets the rest of it wrap. Trailing spaces stay with the tail.
 */
export function splitLastWord(text: string, max = 16): [head: string, tail: string] {
  const m = /(\S+)(\s*)$/u.exec(text);
  if (!m) return [text, ''];
  const chars = [...m[1]!];
  const word = chars.slice(-max).join('');
  const cut = text.length - m[2]!.length - word.length;
  return [text.slice(0, cut), text.slice(cut)];
}

/**
 * Narrows a Fontsource stylesheet to the characters a site uses. Fontsource
 * splits Noto Sans JP into about 120 files by `unicode-range`, so a browser
 * downloads only the files holding characters a page shows; but the
 * stylesheet naming all of them is ~110 KB, and it would be on every page.
 * Keeping only the faces whose range meets the site's text, each with its
 * range cut down to the code points used, makes it a few hundred bytes per
 * face while the download rule stays the browser's own. (A character outside
 * the site's text, such as one typed into the search box, falls back to the
 * reader's system fonts.)
 */

import type { Language } from '../i18n/languages';

/**
 * Where the build writes the narrowed Noto Sans JP stylesheet of each
 * edition (root-relative): English pages show a few Japanese names, Japanese
 * pages a thousand characters, and each page loads only its edition's ranges.
 */
export const FONT_STYLESHEETS: Record<Language, string> = { en: '/fonts/noto-sans-jp.css', ja: '/fonts/noto-sans-jp.ja.css' };

export interface FontFace {
  family: string;
  weight: string;
  style: string;
  /** The woff2 file, as the stylesheet names it (relative to it). */
  woff2: string;
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>;
}

/** The `@font-face` rules of a Fontsource stylesheet (only the fields it writes). */
export function parseFontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? '';
    const woff2 = /url\((['"]?)([^)'"]+\.woff2)\1\)/.exec(body)?.[2];
    if (!woff2) throw new Error(`@font-face without a woff2 source: ${body.slice(0, 80)}`);
    return {
      family: field('font-family').replace(/^['"]|['"]$/g, ''),
      weight: field('font-weight'),
      style: field('font-style'),
      woff2,
      ranges: parseUnicodeRange(field('unicode-range')),
    };
  });
}

/** Fontsource's numbered Japanese subsets, leaving its Latin, Cyrillic and Vietnamese faces to the site's own stacks. */
export function japaneseSubsets(faces: readonly FontFace[]): FontFace[] {
  return faces.filter((f) => /-\d+-\d+-(normal|italic)\.woff2$/.test(f.woff2));
}

/** "U+3000-303f,U+4e00" → [[0x3000, 0x303f], [0x4e00, 0x4e00]]. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [a = '', b] = part.split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    });
}

/** Ranges as a `unicode-range` value: [[0x3041, 0x3043], [0x62e9, 0x62e9]] → "U+3041-3043,U+62e9". */
export function formatUnicodeRange(ranges: ReadonlyArray<readonly [number, number]>): string {
  const hex = (n: number) => n.toString(16);
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** Every code point in the texts. */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const text of texts) for (const ch of text) out.add(ch.codePointAt(0)!);
  return out;
}

/**
 * Where the CJK blocks begin (CJK Radicals Supplement). Fontsource's Japanese
 * files also hold Latin letters and punctuation; narrowed to this, they can
 * never take over text that the site's own stacks should set.
 */
const FIRST_EAST_ASIAN = 0x2e80;

/**
 * A face's share of `sorted` (the site's wide characters, ascending) as
 * ranges: each run of consecutive characters of `sorted` that the face
 * holds becomes one range, from its first to its last. A range may then take
 * in code points the site never shows, but never one that it shows and
 * another face holds, so each shown character still has exactly one face;
 * a character in no page (one typed into the search box) that falls inside a
 * range is looked for in that face and, not found, drawn by the system's
 * fonts, as before. Fewer, longer ranges make a smaller stylesheet.
 */
export function faceRuns(face: FontFace, sorted: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let open = false;
  for (const cp of sorted) {
    const held = face.ranges.some(([a, b]) => cp >= a && cp <= b);
    if (held && open) runs.at(-1)![1] = cp;
    else if (held) runs.push([cp, cp]);
    open = held;
  }
  return runs;
}

/**
 * The faces that cover any of `used` from U+2E80 on, each narrowed to its
 * runs of those code points (`faceRuns`), as a minified stylesheet (the
 * default `font-style: normal` left out). `url` maps a face's file to the URL
 * the stylesheet should name.
 */
export function narrowedStylesheet(faces: readonly FontFace[], used: ReadonlySet<number>, url: (woff2: string) => string): string {
  const wide = [...used].filter((cp) => cp >= FIRST_EAST_ASIAN).sort((a, b) => a - b);
  const rules: string[] = [];
  for (const face of faces) {
    const runs = faceRuns(face, wide);
    if (runs.length === 0) continue;
    const style = face.style === 'normal' ? '' : `font-style:${face.style};`;
    rules.push(
      `@font-face{font-family:'${face.family}';${style}font-weight:${face.weight};font-display:swap;` +
        `src:url(${JSON.stringify(url(face.woff2))}) format('woff2');unicode-range:${formatUnicodeRange(runs)};}`,
    );
  }
  return rules.join('\n');
}

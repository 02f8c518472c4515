import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  codePointsOf,
  faceRuns,
  formatUnicodeRange,
  japaneseSubsets,
  narrowedStylesheet,
  parseFontFaces,
  parseUnicodeRange,
} from '../../src/lib/fonts/font-faces';

const fontsource = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'), 'utf8');

describe('Japanese font faces', () => {
  it('reads every face of the Fontsource stylesheet with its woff2 file and range', () => {
    const faces = parseFontFaces(fontsource);
    expect(faces.length).toBeGreaterThan(100);
    expect(faces[0]).toMatchObject({
      family: 'Noto Sans JP',
      weight: '400',
      style: 'normal',
      woff2: './files/noto-sans-jp-0-400-normal.woff2',
    });
    const covering = (ch: string) => faces.filter((f) => f.ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b));
    expect(covering('択').length).toBe(1);
  });

  it('parses and writes unicode-range values', () => {
    expect(parseUnicodeRange('U+3000-303f, U+4E00,U+25ee8')).toEqual([
      [0x3000, 0x303f],
      [0x4e00, 0x4e00],
      [0x25ee8, 0x25ee8],
    ]);
    expect(
      formatUnicodeRange([
        [0x3041, 0x3043],
        [0x62e9, 0x62e9],
      ]),
    ).toBe('U+3041-3043,U+62e9');
  });

  it('joins a face’s characters into one range up to the next shown character another face holds', () => {
    const face = {
      family: 'F',
      weight: '400',
      style: 'normal',
      woff2: 'f.woff2',
      ranges: [
        [0x4e00, 0x4e10],
        [0x4e20, 0x4e30],
      ] as Array<[number, number]>,
    };
    // 0x4e15 is shown and held by another face: it splits the run; 0x4e05 is held by none here and is not shown.
    expect(faceRuns(face, [0x3042, 0x4e01, 0x4e03, 0x4e0f, 0x4e15, 0x4e20, 0x4e2a, 0x4e40])).toEqual([
      [0x4e01, 0x4e0f],
      [0x4e20, 0x4e2a],
    ]);
    // Characters the site shows outside the face's own ranges never join a run.
    expect(faceRuns(face, [0x4e10, 0x4e11, 0x4e20])).toEqual([
      [0x4e10, 0x4e10],
      [0x4e20, 0x4e20],
    ]);
    expect(faceRuns(face, [0x3042])).toEqual([]);
  });

  it('keeps only the faces holding the site’s characters, each narrowed to them', () => {
    const faces = japaneseSubsets(parseFontFaces(fontsource));
    const used = codePointsOf(['Iturup / Etorofu (択捉島)', 'Kunashir (国後島)']);
    const css = narrowedStylesheet(faces, used, (f) => `/fonts/${f.replace('./files/', '')}`);
    const kept = parseFontFaces(css);
    const ideographs = [...'択捉島国後'].map((c) => c.codePointAt(0)!);
    // Every ideograph is covered exactly once, by a face that names no other character.
    for (const cp of ideographs) expect(kept.filter((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b))).toHaveLength(1);
    expect(kept.flatMap((f) => f.ranges).every(([a, b]) => [...used].some((cp) => cp >= a && cp <= b))).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(ideographs.length);
    expect(css).toContain('src:url("/fonts/noto-sans-jp-');
    // Minified, one rule a line, and the default style left out.
    expect(css.split('\n')).toHaveLength(kept.length);
    expect(css).not.toContain('font-style');
    expect(kept.every((f) => f.weight === '400' && f.family === 'Noto Sans JP')).toBe(true);
    expect(css).not.toContain('.woff)');
    expect(css.length).toBeLessThan(2000);
  });

  it('writes nothing for a site with no Japanese', () => {
    expect(narrowedStylesheet(japaneseSubsets(parseFontFaces(fontsource)), codePointsOf(['Only Latin, and Кириллица.']), (f) => f)).toBe(
      '',
    );
  });

  it('leaves out the Latin, Cyrillic and Vietnamese faces', () => {
    const all = parseFontFaces(fontsource);
    expect(all.length - japaneseSubsets(all).length).toBe(4);
  });

  it('names the face that lacks a woff2 file', () => {
    expect(() => parseFontFaces("@font-face { font-family: 'X'; src: url(x.ttf); }")).toThrow(/without a woff2 source/);
  });
});

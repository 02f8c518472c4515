/** Each edition's glossary pop-up file (src/lib/glossary-popups.ts), from the real glossary. */
import { describe, expect, it } from 'vitest';
import { glossaryTermsByLanguage } from '../../src/data/files';
import { glossaryPopups } from '../../src/lib/glossary-popups';

const terms = glossaryTermsByLanguage();

describe('glossary pop-ups', () => {
  it('gives each term its name and definition, typographic quotes, and the pop-up’s words in English', () => {
    const popups = glossaryPopups(
      [{ id: 'iturup', term: 'Iturup', aliases: ['Etorofu'], definition: 'The largest of the four "disputed" islands.' }],
      'en',
    );
    expect(popups).toEqual({
      hint: 'Glossary term: shows a short definition',
      more: 'Glossary entry',
      terms: { iturup: ['Iturup', 'The largest of the four “disputed” islands.'] },
    });
  });

  it('has every term of each edition, in that edition’s language', () => {
    const en = glossaryPopups(terms('en'), 'en');
    const ja = glossaryPopups(terms('ja'), 'ja');
    expect(Object.keys(en.terms).sort()).toEqual(
      terms('en')
        .map((t) => t.id)
        .sort(),
    );
    expect(Object.keys(ja.terms).length).toBeGreaterThan(0);
    expect(en.terms['national-security-strategy']?.[0]).toBe('National Security Strategy');
    expect(ja.terms['iturup']?.[0]).toBe('択捉島');
    expect(ja.terms['iturup']?.[1]).toContain('係争中の4島のうち最大の島');
    expect(ja.more).toBe('用語集の項目');
    expect(ja.hint).toBe('用語：短い説明を表示します');
  });

  it('has no straight quotes in any name or definition (the pages’ text is checked for them in the browser)', () => {
    for (const lang of ['en', 'ja'] as const)
      for (const [id, texts] of Object.entries(glossaryPopups(terms(lang), lang).terms))
        expect(texts.join(' '), `${lang} ${id}`).not.toMatch(/["']/);
  });
});

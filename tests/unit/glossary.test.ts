/** Glossary matching (src/lib/glossary.ts) and the glossary content itself. */
import { describe, expect, it } from 'vitest';
import { loadGlossaryTerms } from '../../src/data/files';
import {
  byTerm,
  createGlossaryMatcher,
  glossaryIdFromUrl,
  nameClashes,
  nameKey,
  otherNames,
  typographic,
  type GlossaryTerm,
} from '../../src/lib/glossary';

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  aliases,
  definition: `Definition of ${name}.`,
});

const TERMS = [
  term('iturup', 'Iturup', ['Etorofu', '択捉島', 'Итуруп', 'Iturup/Etorofu']),
  term('bastion', 'Bastion (coastal missile system)', ['Bastion']),
  term('kuril-islands', 'Kuril Islands', ['Kurils']),
  term('northern-territories', 'Northern Territories', ['southern Kurils']),
  term('peace-treaty-talks', 'Peace-treaty talks', ['peace treaty talks', 'peace-treaty talks']),
  term('nss', 'National Security Strategy', ['NSS', "Japan's National Security Strategy"]),
  term('swift', 'SWIFT'),
];
const matcher = createGlossaryMatcher(TERMS);
const ids = (text: string, skip?: Set<string>) => matcher.find(text, skip).map((m) => `${m.id}:${m.text}`);

describe('nameClashes', () => {
  it('finds a name used by two terms, ignoring case, hyphens and apostrophe style', () => {
    expect(nameKey('Peace-treaty  talks')).toBe(nameKey('peace treaty talks'));
    expect(nameKey('Japan’s NSS')).toBe(nameKey("japan's nss"));
    const clashes = nameClashes([term('a', 'Kurils'), term('b', 'Kuril Islands', ['kurils'])]);
    expect(clashes).toEqual(['"Kurils" belongs to more than one glossary term: a, b']);
  });

  it('allows the same name twice within one term', () => {
    expect(nameClashes([term('a', 'Peace-treaty talks', ['peace-treaty talks'])])).toEqual([]);
  });

  it('makes the matcher refuse a clashing glossary', () => {
    expect(() => createGlossaryMatcher([term('a', 'Habomai'), term('b', 'Habomai islets', ['Habomai'])])).toThrow(
      /"Habomai" belongs to more than one glossary term: a, b/,
    );
  });
});

describe('createGlossaryMatcher', () => {
  it('finds the first mention of each term, left to right', () => {
    expect(ids('Etorofu, then Iturup, then the Kurils and Etorofu again.')).toEqual(['iturup:Etorofu', 'kuril-islands:Kurils']);
  });

  it('is case-sensitive: no "bastion" for Bastion, no "swift" for SWIFT', () => {
    expect(ids('a bastion of the swift response')).toEqual([]);
    expect(ids('The Bastion system and SWIFT.')).toEqual(['bastion:Bastion', 'swift:SWIFT']);
  });

  it('matches whole words only', () => {
    expect(ids('Bastions, Bastionary, preBastion, NSSR, Kurilsk')).toEqual([]);
    expect(ids('(Bastion)')).toEqual(['bastion:Bastion']);
  });

  it('lets a lower-case name start a sentence, but not the reverse', () => {
    expect(ids('Peace treaty talks stalled.')).toEqual(['peace-treaty-talks:Peace treaty talks']);
    expect(ids('the halted peace-treaty talks')).toEqual(['peace-treaty-talks:peace-treaty talks']);
    expect(ids('northern territories')).toEqual([]);
  });

  it('prefers the longest name and never matches inside a longer one', () => {
    expect(ids('Russia calls them the southern Kurils.')).toEqual(['northern-territories:southern Kurils']);
    expect(ids('the southern Kurils', new Set(['northern-territories']))).toEqual([]);
    expect(ids('Iturup/Etorofu')).toEqual(['iturup:Iturup/Etorofu']);
    expect(ids('Bastion (coastal missile system)')).toEqual(['bastion:Bastion (coastal missile system)']);
  });

  it('treats curly and straight apostrophes, and line breaks, alike', () => {
    expect(ids('Japan’s National\nSecurity Strategy')).toEqual(['nss:Japan’s National\nSecurity Strategy']);
  });

  it('matches Japanese names without word spaces, and Cyrillic as words', () => {
    expect(ids('ロシアは択捉島に')).toEqual(['iturup:択捉島']);
    expect(ids('на Итурупе')).toEqual([]);
    expect(ids('остров Итуруп.')).toEqual(['iturup:Итуруп']);
  });

  it('skips terms already linked earlier in the document', () => {
    expect(ids('Iturup and the Kurils', new Set(['iturup']))).toEqual(['kuril-islands:Kurils']);
  });

  it('reports offsets into the text', () => {
    const [m] = matcher.find('On Iturup.');
    expect(m).toEqual({ id: 'iturup', start: 3, end: 9, text: 'Iturup' });
  });

  it('handles an empty glossary', () => {
    expect(createGlossaryMatcher([]).find('Iturup')).toEqual([]);
  });
});

describe('glossaryIdFromUrl', () => {
  it('reads the term id from a glossary link', () => {
    expect(glossaryIdFromUrl('/glossary/#iturup')).toBe('iturup');
    expect(glossaryIdFromUrl('/glossary#habomai')).toBe('habomai');
    // A translation's link to its own edition's glossary.
    expect(glossaryIdFromUrl('/ja/glossary/#iturup')).toBe('iturup');
    expect(glossaryIdFromUrl('/timeline/#iturup')).toBeUndefined();
    expect(glossaryIdFromUrl('https://example.org/glossary/#iturup')).toBeUndefined();
  });
});

describe('typographic', () => {
  it('curls quotes and apostrophes', () => {
    expect(typographic(`Japan's "starting point" (the 'four islands')`)).toBe('Japan’s “starting point” (the ‘four islands’)');
  });
});

describe('otherNames', () => {
  it('leaves out aliases that only repeat the term in another case, hyphenation, apostrophe or bracketing', () => {
    expect(
      otherNames('Peace-treaty talks', ['peace treaty negotiations', 'peace treaty talks', '平和条約交渉', 'peace-treaty talks']),
    ).toEqual(['peace treaty negotiations', '平和条約交渉']);
    expect(otherNames('Bastion (coastal missile system)', ['Bastion', 'Бастион', 'Bastion coastal missile system'])).toEqual([
      'Bastion',
      'Бастион',
    ]);
    expect(otherNames('Visa-free visits', ['visa-free visit programme', 'Visa-Free Visits'])).toEqual(['visa-free visit programme']);
  });

  it('shows one of two aliases that differ only in case, and the first as written', () => {
    expect(otherNames('Defense White Paper', ['Defence White Paper', '防衛白書', 'defence white paper', 'defense white paper'])).toEqual([
      'Defence White Paper',
      '防衛白書',
    ]);
  });

  it('leaves out the shown names joined by a slash, in either order and spacing, but keeps real other names', () => {
    expect(otherNames('Iturup', ['Etorofu', '択捉島', 'Etorofu Island', 'Iturup/Etorofu', 'Iturup / Etorofu', 'Etorofu/Iturup'])).toEqual([
      'Etorofu',
      '択捉島',
      'Etorofu Island',
    ]);
    // A slash name whose parts are not all shown is a name of its own.
    expect(otherNames('Kuril Islands', ['Kurils', 'Kurils/Chishima'])).toEqual(['Kurils', 'Kurils/Chishima']);
    expect(otherNames('Treaty of St Petersburg (1875)', ['Treaty of St Petersburg'])).toEqual(['Treaty of St Petersburg']);
  });

  it('never lists the term itself, for every entry in the content', () => {
    for (const t of loadGlossaryTerms()) {
      const shown = otherNames(t.term, t.aliases);
      expect(shown.map(nameKey), t.id).not.toContain(nameKey(t.term));
      expect(new Set(shown.map(nameKey)).size, t.id).toBe(shown.length);
      // Only repeats are dropped: every alias is still in the content for matching and search.
      for (const alias of shown) expect(t.aliases).toContain(alias);
    }
  });
});

describe('byTerm', () => {
  it('sorts by term, ignoring case', () => {
    const list = [{ data: { term: 'SWIFT' } }, { data: { term: 'Shikotan' } }, { data: { term: 'bastion' } }];
    expect(list.sort(byTerm).map((t) => t.data.term)).toEqual(['bastion', 'Shikotan', 'SWIFT']);
  });
});

describe('the glossary content', () => {
  const terms = loadGlossaryTerms();

  it('has the 22 terms, each with a definition', () => {
    expect(terms).toHaveLength(22);
    for (const t of terms) expect(t.definition.length, t.id).toBeGreaterThan(20);
  });

  it('gives every name to one term only', () => {
    expect(nameClashes(terms)).toEqual([]);
  });

  it('finds each term by its own name', () => {
    const real = createGlossaryMatcher(terms);
    for (const t of terms) {
      for (const name of [t.term, ...t.aliases]) {
        expect(
          real.find(name).map((m) => m.id),
          `${t.id}: ${name}`,
        ).toEqual([t.id]);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mentionedGroups, mentions, nameGroups, normalizeName, otherNames, withTranslatedNames } from '../../src/lib/search/aliases';

const glossary = [
  { id: 'iturup', term: 'Iturup', aliases: ['Etorofu', '択捉島', 'Итуруп', 'Etorofu Island'], place: 'iturup' },
  { id: 'kunashir', term: 'Kunashir', aliases: ['Kunashiri', '国後島', 'Кунашир'] },
  { id: 'northern-territories', term: 'Northern Territories', aliases: ['southern Kurils', '北方領土', 'Hoppō Ryōdo'] },
  { id: 'swift', term: 'SWIFT', aliases: [] },
];
const places = [
  {
    id: 'iturup',
    name: 'Iturup / Etorofu',
    russian: { latin: 'Iturup', cyrillic: 'Итуруп' },
    japanese: { latin: 'Etorofu', script: '択捉島' },
  },
  {
    id: 'shikotan',
    name: 'Shikotan',
    russian: { latin: 'Shikotan', cyrillic: 'Шикотан' },
    japanese: { latin: 'Shikotan', script: '色丹島' },
  },
];

describe('name groups', () => {
  const groups = nameGroups(glossary, places);

  it('builds one group per glossary term, merging the place it names, without duplicates', () => {
    expect(groups.find((g) => g.id === 'iturup')?.names).toEqual(['Iturup', 'Etorofu', '択捉島', 'Итуруп', 'Etorofu Island']);
  });

  it('keeps places without a glossary entry as their own group', () => {
    expect(groups.find((g) => g.id === 'shikotan')?.names).toEqual(['Shikotan', 'Шикотан', '色丹島']);
  });

  it('drops terms with a single name: nothing to add', () => {
    expect(groups.some((g) => g.id === 'swift')).toBe(false);
  });
});

describe('matching names in text', () => {
  const groups = nameGroups(glossary, places);

  it('folds case and Latin diacritics but leaves Japanese alone', () => {
    expect(normalizeName('Hoppō  RYŌDO')).toBe('hoppo ryodo');
    expect(normalizeName('択捉島')).toBe('択捉島');
    expect(normalizeName('ИТУРУП')).toBe('итуруп');
  });

  it('matches whole words only in spaced scripts', () => {
    expect(mentions('Russia deployed missiles on Iturup.', 'Iturup')).toBe(true);
    expect(mentions('Kunashiri is 16 km off Hokkaido', 'Kunashir')).toBe(false);
    expect(mentions('in the southern\nKurils', 'southern Kurils')).toBe(true);
  });

  it('matches Japanese names inside running text, which has no spaces', () => {
    expect(mentions('ロシアは択捉島に', '択捉島')).toBe(true);
  });

  it('finds the groups a text mentions', () => {
    expect(mentionedGroups('Missiles on Etorofu and Kunashiri', groups).map((g) => g.id)).toEqual(['iturup', 'kunashir']);
  });

  it('lists the names a page does not use for the things it mentions', () => {
    expect(otherNames('Bastion missiles on Iturup and Etorofu', groups)).toEqual(['択捉島', 'Итуруп', 'Etorofu Island']);
    expect(otherNames('Japan calls them the Northern Territories', groups)).toEqual(['southern Kurils', '北方領土', 'Hoppō Ryōdo']);
  });

  it('adds nothing to a page that mentions none of the names', () => {
    expect(otherNames('Sanctions on Russian banks and SWIFT', groups)).toEqual([]);
  });
});

describe('names from the translated glossary', () => {
  it('adds each translated term and its aliases to the original’s aliases, by id', () => {
    const glossary = [
      { id: 'iturup', term: 'Iturup', aliases: ['Etorofu'] },
      { id: 'swift', term: 'SWIFT' },
    ];
    const merged = withTranslatedNames(glossary, [{ id: 'iturup', term: '択捉島', aliases: ['エトロフ島'] }]);
    expect(merged).toEqual([
      { id: 'iturup', term: 'Iturup', aliases: ['Etorofu', '択捉島', 'エトロフ島'] },
      { id: 'swift', term: 'SWIFT' },
    ]);
    // So a Japanese page that writes エトロフ島 is found under Iturup, and the other way round.
    const groups = nameGroups(merged);
    expect(otherNames('エトロフ島に配備された', groups)).toEqual(['Iturup', 'Etorofu', '択捉島']);
  });
});

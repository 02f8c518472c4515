/**
 * Other names for the same thing, for search: "Etorofu" should find a page
 * that only says "Iturup", and "Кунашир" one that only says "Kunashir".
 *
 * The names come from data (the glossary's `term` + `aliases`, and the
 * places' Russian and Japanese names), never from a list in code. At index
 * time the Pagefind integration asks `otherNames(text, groups)` which names a
 * page does not use for the things it mentions, and indexes those with it.
 */

import { escapeRegExp } from '../text';

/** One thing and all the names it goes by. */
export interface NameGroup {
  /** Stable id (the glossary entry or place file name). */
  id: string;
  /** Every name, the preferred one first. */
  names: string[];
}

/** The fields of a glossary entry that matter here. */
export interface GlossaryNames {
  id: string;
  term: string;
  aliases?: readonly string[] | undefined;
  /** Id of the place the term names, if any. */
  place?: string | undefined;
}

/** The fields of a place that matter here. */
export interface PlaceNames {
  id: string;
  name: string;
  russian: { latin: string; cyrillic: string };
  japanese: { latin: string; script: string };
}

/**
 * Folds case, width and Latin diacritics so "Hoppō", "HOPPO" and "hoppo"
 * compare equal. Japanese voiced marks are not touched (they are not in the
 * combining-diacritics block), so が stays が.
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** "Iturup / Etorofu" → ["Iturup", "Etorofu"]. */
function splitSlashed(name: string): string[] {
  return name
    .split('/')
    .map((n) => n.trim())
    .filter(Boolean);
}

/**
 * Name groups from the glossary and places. A glossary term that names a
 * place (`place: iturup`) absorbs that place's names; a place without a
 * glossary entry is a group of its own. Names are de-duplicated (after
 * normalising), the first spelling seen wins.
 */
export function nameGroups(glossary: readonly GlossaryNames[], places: readonly PlaceNames[] = []): NameGroup[] {
  const placeNames = new Map(
    places.map((p) => [p.id, [...splitSlashed(p.name), p.russian.latin, p.russian.cyrillic, p.japanese.latin, p.japanese.script]]),
  );
  const used = new Set<string>();
  const groups: NameGroup[] = [];
  const add = (id: string, names: string[]) => {
    const seen = new Set<string>();
    const unique = names.filter((n) => {
      const k = normalizeName(n);
      if (k.length < 2 || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (unique.length > 1) groups.push({ id, names: unique });
  };
  for (const entry of glossary) {
    const extra = entry.place ? (placeNames.get(entry.place) ?? []) : [];
    if (entry.place) used.add(entry.place);
    add(entry.id, [entry.term, ...(entry.aliases ?? []), ...extra]);
  }
  for (const [id, names] of placeNames) if (!used.has(id)) add(id, names);
  return groups;
}

const WORDISH = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: no word boundary to look for. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const matchers = new Map<string, RegExp>();

/** A matcher for one normalised name, with word boundaries where the script has them (cached). */
function nameMatcher(name: string): RegExp {
  const cached = matchers.get(name);
  if (cached) return cached;
  const first = name.at(0) ?? '';
  const last = name.at(-1) ?? '';
  const before = WORDISH.test(first) && !UNSPACED.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORDISH.test(last) && !UNSPACED.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  // Any run of spaces in the text matches the single space in the name.
  const body = escapeRegExp(name).replace(/ /g, '\\s+');
  const re = new RegExp(`${before}${body}${after}`, 'u');
  matchers.set(name, re);
  return re;
}

const normalisedNames = new Map<string, string>();

/** `normalizeName` for the names of the groups, which every page asks about again (cached). */
function normalisedName(name: string): string {
  let k = normalisedNames.get(name);
  if (k === undefined) normalisedNames.set(name, (k = normalizeName(name)));
  return k;
}

/**
 * True when the normalised `name` occurs in the normalised `text` as a whole word.
 * A plain substring search first: most names are not on a given page, and it
 * is many times faster than the boundary-checking expression (in normalised
 * text every run of spaces is one space, so it cannot miss a match).
 */
function occurs(normalisedText: string, name: string): boolean {
  return normalisedText.includes(name) && nameMatcher(name).test(normalisedText);
}

/** True when `name` occurs in `text` as a whole word (or as a run of CJK characters). */
export function mentions(text: string, name: string): boolean {
  return occurs(normalizeName(text), normalizeName(name));
}

/** The groups at least one of whose names the text uses. */
export function mentionedGroups(text: string, groups: readonly NameGroup[]): NameGroup[] {
  const t = normalizeName(text);
  return groups.filter((g) => g.names.some((n) => occurs(t, normalisedName(n))));
}

/**
 * For everything the text mentions by at least one name, the names it does
 * not use: what to index with the page so that those names find it too.
 */
export function otherNames(text: string, groups: readonly NameGroup[]): string[] {
  const t = normalizeName(text);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    const present = g.names.map((n) => occurs(t, normalisedName(n)));
    if (!present.some(Boolean)) continue;
    g.names.forEach((n, i) => {
      const k = normalisedName(n);
      if (!present[i] && !seen.has(k)) {
        seen.add(k);
        out.push(n);
      }
    });
  }
  return out;
}

/** A term's names in another edition (the fields of a translated glossary entry that matter here). */
export interface TranslatedNames {
  /** The original's id. */
  id: string;
  term: string;
  aliases: readonly string[];
}

/**
 * The glossary with each term's names in the other editions among its
 * aliases (択捉島's エトロフ島 with Iturup's), so that every edition's names
 * of a thing find the pages of both editions that mention it.
 */
export function withTranslatedNames(glossary: readonly GlossaryNames[], translations: readonly TranslatedNames[]): GlossaryNames[] {
  const byId = new Map<string, string[]>();
  for (const t of translations) byId.set(t.id, [...(byId.get(t.id) ?? []), t.term, ...t.aliases]);
  return glossary.map((g) => {
    const more = byId.get(g.id);
    return more ? { ...g, aliases: [...(g.aliases ?? []), ...more] } : g;
  });
}

/**
 * Glossary matching, as pure functions: which names belong to which term,
 * and where in a run of text the first mention of each term is.
 *
 * Rules (also in the README for editors):
 * - A term is matched by its `term` and its `aliases`, exactly as written:
 *   "Bastion" does not match "bastion" or "Bastions", "SWIFT" not "swift".
 * - A name written in lower case ("peace treaty talks") also matches with a
 *   capital first letter, at the start of a sentence.
 * - Straight and curly apostrophes are the same; any run of spaces or line
 *   breaks matches a space.
 * - Latin and Cyrillic names match whole words only. Japanese names have no
 *   word spaces around them, so they match anywhere.
 * - Where names overlap, the longest wins ("southern Kurils" before "Kurils").
 * - Every name belongs to one term only (compared ignoring case, hyphens
 *   and apostrophe style); a clash is an error that names both terms.
 */

import { JAPANESE_CHAR, escapeRegExp } from './text';

export interface GlossaryTerm {
  /** File name without extension; also the anchor on /glossary/. */
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

/** What the Markdown pipeline reads of a term: its id and its names. Definitions reach readers through the pop-ups' file. */
export type GlossaryNames = Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>;

/** A term cut down to what the pipeline reads (so workers carry no definitions, and a cache can follow exactly this). */
export const glossaryNames = ({ id, term, aliases }: GlossaryNames): GlossaryNames => ({ id, term, aliases });

interface GlossaryMatch {
  id: string;
  /** Offsets into the text: [start, end). */
  start: number;
  end: number;
  /** The text as written, e.g. "Etorofu". */
  text: string;
}

const JAPANESE = JAPANESE_CHAR;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The term and its aliases. */
function namesOf(term: GlossaryNames): string[] {
  return [term.term, ...term.aliases];
}

/** How two names are compared for clashes. */
export function nameKey(name: string): string {
  return name
    .toLocaleLowerCase('en')
    .replace(/[’‘]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every name used by more than one term, as readable messages. Empty when all is well. */
export function nameClashes(terms: readonly GlossaryNames[]): string[] {
  const owners = new Map<string, Map<string, string>>();
  for (const t of terms) {
    for (const name of namesOf(t)) {
      const key = nameKey(name);
      const byId = owners.get(key) ?? new Map<string, string>();
      if (!byId.has(t.id)) byId.set(t.id, name);
      owners.set(key, byId);
    }
  }
  return [...owners.values()]
    .filter((byId) => byId.size > 1)
    .map((byId) => `"${[...byId.values()][0]}" belongs to more than one glossary term: ${[...byId.keys()].join(', ')}`);
}

/** The regular-expression source for one name, following the rules above. */
function namePattern(name: string): string {
  const chars = [...name.trim()];
  let source = chars
    .map((c, i) => {
      if (c === "'" || c === '’') return "['’]";
      if (/\s/.test(c)) return '\\s+';
      if (i === 0 && /\p{Ll}/u.test(c)) return `[${c}${c.toLocaleUpperCase('en')}]`;
      return escapeRegExp(c);
    })
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  if (WORD_CHAR.test(first) && !JAPANESE.test(first)) source = `(?<![\\p{L}\\p{N}])${source}`;
  if (WORD_CHAR.test(last) && !JAPANESE.test(last)) source = `${source}(?![\\p{L}\\p{N}])`;
  return source;
}

export interface GlossaryMatcher {
  /** Every name in one global expression, one capture group per name, longest names first. */
  readonly pattern: RegExp;
  /** The term whose name a match of `pattern` found, from the match's capture groups. */
  termOf(groups: ReadonlyArray<string | undefined>): string | undefined;
  /**
   * The first mention of each term in `text`, left to right, leaving out
   * terms in `skip` (already linked earlier in the document). A mention of a
   * skipped term still covers its words, so "southern Kurils" never yields a
   * match for "Kurils" inside it.
   */
  find(text: string, skip?: ReadonlySet<string>): GlossaryMatch[];
}

/** Builds the matcher; throws if a name belongs to more than one term. */
export function createGlossaryMatcher(terms: readonly GlossaryNames[]): GlossaryMatcher {
  const clashes = nameClashes(terms);
  if (clashes.length) throw new Error(`Glossary: ${clashes.join('; ')}`);
  const names = terms
    .flatMap((t) => namesOf(t).map((name) => ({ id: t.id, name: name.trim() })))
    .filter((n) => n.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  // With no names, an expression that never matches.
  const pattern = names.length ? new RegExp(names.map((n) => `(${namePattern(n.name)})`).join('|'), 'gu') : /(?!)/gu;
  const termOf = (groups: ReadonlyArray<string | undefined>) => names[groups.findIndex((g) => g !== undefined)]?.id;
  return {
    pattern,
    termOf,
    find(text, skip = new Set()) {
      const found: GlossaryMatch[] = [];
      const taken = new Set(skip);
      for (const m of text.matchAll(pattern)) {
        const id = termOf(m.slice(1));
        if (!id || taken.has(id)) continue;
        taken.add(id);
        found.push({ id, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return found;
    },
  };
}

/** The glossary id in a site link such as "/glossary/#iturup", or undefined. */
export function glossaryIdFromUrl(url: string): string | undefined {
  const m = /^(?:\/[a-z]{2})?\/glossary\/?#([a-z0-9][a-z0-9-]*)$/.exec(url);
  return m?.[1];
}

/** Terms in alphabetical order of their display name, ignoring case and accents. */
export function byTerm<T extends { data: { term: string } }>(a: T, b: T): number {
  return a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' });
}

/**
 * Curly quotes and apostrophes for plain text from YAML, matching what
 * smartypants does to the Markdown around it: "x" -> “x”, it's -> it’s.
 */
export function typographic(text: string): string {
  return text
    .replace(/(^|[\s([{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** How names are compared for display: as for clashes, and also ignoring parentheses and spaces around a slash. */
function displayKey(name: string): string {
  return nameKey(name.replace(/[()]/g, ' '))
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The aliases worth showing a reader as "other names": all of them are kept in
 * the content for matching and search, but a reader needs none that only
 * repeats the term or an earlier name in another case, hyphenation,
 * apostrophe or bracketing ("peace treaty talks" for "Peace-treaty talks"),
 * nor one that is the shown names joined by a slash ("Iturup/Etorofu").
 */
export function otherNames(term: string, aliases: readonly string[]): string[] {
  const shown = new Set([displayKey(term)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = displayKey(alias);
    if (!key || shown.has(key)) continue;
    if (key.includes('/') && key.split('/').every((part) => shown.has(part))) continue;
    shown.add(key);
    out.push(alias);
  }
  return out;
}

/**
 * What the search box hands to Pagefind, and "Did you mean …" when a query
 * finds little. Pagefind matches words exactly (and by prefix), so a typo
 * such as "Paramushr" finds nothing; the suggestion comes from the site's own
 * vocabulary (glossary terms and their other names, places, event titles),
 * chosen by edit distance. Pure, for the browser and the build alike.
 */
import { distance } from 'fastest-levenshtein';

/** Lower case without diacritics, so "Iturup" and "ITURUP" or "Shikotan" and "Shikotán" compare equal. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text that can be suggested: letters (any script) and digits, at least 4 long. */
export function vocabularyWords(texts: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu)) {
      if ([...word].length < 4) continue;
      const key = foldWord(word);
      // Keep the first spelling seen (terms and names come first, so they set the case).
      if (!seen.has(key)) seen.set(key, word);
    }
  }
  return [...seen.values()].sort((a, b) => foldWord(a).localeCompare(foldWord(b)));
}

/** How far a word may be from a suggestion: one edit for short words, two from eight letters on. */
function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The closest vocabulary word to `word`, if one is close enough and `word`
 * itself is not in the vocabulary. Ties go to the alphabetically first.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const folded = foldWord(word);
  const limit = allowedEdits([...folded].length);
  if (limit === 0) return undefined;
  let best: { word: string; d: number } | undefined;
  for (const candidate of vocabulary) {
    const c = foldWord(candidate);
    if (c === folded) return undefined;
    if (Math.abs(c.length - folded.length) > limit) continue;
    const d = distance(folded, c);
    if (d <= limit && (!best || d < best.d)) best = { word: candidate, d };
  }
  return best?.word;
}

/**
 * "Did you mean …": the query with each misspelt word replaced by its
 * closest vocabulary word, or undefined when no word changes.
 */
export function didYouMean(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const out = query.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
    const better = closestWord(word, vocabulary);
    if (!better) return word;
    changed = true;
    return better;
  });
  return changed ? out : undefined;
}

/**
 * Rewrites `export default JSON.parse("<one huge string literal>")` so the
 * literal is written as many short pieces joined at run time.
 *
 * Why: Astro bundles the whole content store into the prerender build as one
 * such module, and V8 takes time that grows with the square of a single
 * string literal's length to compile it: 5 MB compiles in 0.09 s, 20 MB in
 * 0.7 s, 120 MB in 16 s, and the store of a 10,000-article site is 240 MB
 * (about 60 s). The same text in 1 MB pieces compiles in time proportional
 * to its length (120 MB in 1.1 s). The value the module exports is unchanged.
 */

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** Default piece length in UTF-16 code units: about 1 MB of source per piece. */
const DEFAULT_PIECE_LENGTH = 1 << 20;

/**
 * The module rewritten with the literal in pieces, or `undefined` when the
 * code is not of that exact shape (then it is left as it is: slower to
 * compile, still correct) or is short enough already.
 */
export function splitJsonParseLiteral(code: string, pieceLength = DEFAULT_PIECE_LENGTH): string | undefined {
  if (!Number.isInteger(pieceLength) || pieceLength < 2)
    throw new RangeError(`pieceLength must be an integer of at least 2, got ${pieceLength}`);
  const trimmed = code.trim();
  if (!trimmed.startsWith(PREFIX) || !trimmed.endsWith(SUFFIX)) return undefined;
  const literal = trimmed.slice(PREFIX.length, -SUFFIX.length);
  if (!literal.startsWith('"')) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(literal);
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || text.length <= pieceLength) return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + pieceLength, text.length);
    // Never cut a surrogate pair in two: each piece stays well-formed text.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    pieces.push(JSON.stringify(text.slice(start, end)));
    start = end;
  }
  return `${PREFIX}[\n${pieces.join(',\n')}\n].join(""))`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

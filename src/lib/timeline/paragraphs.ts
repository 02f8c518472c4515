/**
 * Article paragraphs as timeline events cite them: the first words of a
 * paragraph, read from the article's rendered HTML, to label a link to it.
 * (That every cited paragraph exists is checked at build time by
 * src/lib/content-integrity.ts.)
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith('#')) {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** The first words of a paragraph, as plain text ("Japan's current National Security Strategy, which …"). */
export function paragraphExcerpt(html: string, id: string, words = 8): string | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<p\\b[^>]*?\\sid="${escaped}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  if (!m) return undefined;
  const text = decodeEntities(m[1]!.replace(/<sup\b[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}

/**
 * Checks the schema cannot express: a timeline event's `related.paragraph`
 * must name a paragraph that exists in the article as rendered. Pure, so it
 * is unit-tested; src/lib/timeline/collection.ts runs it during the build.
 */

export interface RelatedRef {
  article: string;
  paragraph?: string | undefined;
}

export interface EventRefs {
  id: string;
  /** The content file, for the error message. */
  file: string;
  related: readonly RelatedRef[];
}

/** Ids of the paragraphs in an article's rendered HTML. */
export function paragraphIds(html: string): Set<string> {
  return new Set([...html.matchAll(/<p\b[^>]*?\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** One message per broken reference, each naming the file and the field. */
export function checkParagraphAnchors(events: readonly EventRefs[], articleHtml: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const e of events) {
    e.related.forEach((r, i) => {
      if (!r.paragraph) return;
      const html = articleHtml.get(r.article);
      if (html === undefined) {
        problems.push(`${e.file}: related[${i}].article "${r.article}" has no rendered HTML to check the paragraph against`);
        return;
      }
      if (!ids.has(r.article)) ids.set(r.article, paragraphIds(html));
      if (!ids.get(r.article)!.has(r.paragraph)) {
        problems.push(`${e.file}: related[${i}].paragraph "${r.paragraph}" is not a paragraph id in article "${r.article}"`);
      }
    });
  }
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
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

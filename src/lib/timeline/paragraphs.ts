/**
 * Article paragraphs as timeline events cite them: the first words of a
 * paragraph, read from the article's rendered HTML, to label a link to it.
 * (That every cited paragraph exists is checked at build time by
 * src/lib/content-integrity.ts.)
 */
import { decodeHTML } from 'entities';
import { escapeRegExp } from '../text';

/** The first words of a paragraph, as plain text ("Japan's current National Security Strategy, which …"). */
export function paragraphExcerpt(html: string, id: string, words = 8): string | undefined {
  const m = new RegExp(`<p\\b[^>]*?\\sid="${escapeRegExp(id)}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  if (!m) return undefined;
  const text = decodeHTML(m[1]!.replace(/<sup\b[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}

/**
 * Footnotes are the site's citations, so a broken one is a fact without its
 * source. This fails the document, listing every problem with its line:
 *
 * - a citation `[^ref]` with no definition (Markdown would print "[^ref]" as text);
 * - a definition `[^ref]: ...` that nothing cites (Markdown would drop it unseen);
 * - in an article or a topic introduction: no text at all (empty, or headings only), or no citation.
 *
 * Timeline events are not required to cite in the body: their sources are
 * front-matter fields that the schema requires.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { bodyLineOffset } from './file-lines';

export interface RemarkCitationsOptions {
  /** Whether the file at this path is an article, which must have text and cite a source. */
  isArticle?: (path: string) => boolean;
}

/** Articles and topic introductions are the Markdown files directly in an `articles` or `topics` folder. */
const isArticlePath = (path: string) => /[\\/](?:articles|topics)[\\/][^\\/]+\.md$/.test(path);

// What GFM leaves as text when a citation has no definition.
const UNDEFINED_CITATION = /\[\^([^\]\s]+)\]/g;

export default function remarkCitations({ isArticle = isArticlePath }: RemarkCitationsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const problems: Array<{ line: number | undefined; message: string }> = [];
    const cited = new Set<string>();
    const definitions: FootnoteDefinition[] = [];
    visit(tree, (node) => {
      if (node.type === 'footnoteReference') cited.add(node.identifier);
      else if (node.type === 'footnoteDefinition') definitions.push(node);
      else if (node.type === 'text') {
        for (const m of node.value.matchAll(UNDEFINED_CITATION)) {
          problems.push({
            line: node.position?.start.line,
            message: `the citation [^${m[1]}] has no definition: add a line "[^${m[1]}]: Publisher, "Title", date. <URL>" (or fix its spelling)`,
          });
        }
      }
    });
    for (const d of definitions) {
      if (!cited.has(d.identifier)) {
        problems.push({
          line: d.position?.start.line,
          message: `the footnote [^${d.label ?? d.identifier}] is defined but never cited, so readers would never see it: cite it where it applies, or remove it`,
        });
      }
    }
    if (file.path && isArticle(file.path)) {
      const text = tree.children
        .filter((n) => n.type !== 'heading' && n.type !== 'footnoteDefinition' && n.type !== 'html')
        .map((n) => toString(n))
        .join('')
        .trim();
      const what = /[\\/]topics[\\/]/.test(file.path) ? 'the topic introduction' : 'the article';
      if (!text) problems.push({ line: undefined, message: `${what} has no text (it is empty or has only headings)` });
      else if (!cited.size) {
        problems.push({
          line: undefined,
          message: `${what} cites no source: every fact needs a citation, written as a footnote ([^ref] in the text and "[^ref]: ..." below)`,
        });
      }
    }
    if (!problems.length) return;
    const offset = bodyLineOffset(file);
    const lines = problems.map((p) => `${p.line ? `line ${p.line + offset}: ` : ''}${p.message}`);
    file.fail(lines.length === 1 ? `Citations: ${lines[0]}` : `Citations (${lines.length} problems):\n  - ${lines.join('\n  - ')}`);
  };
}

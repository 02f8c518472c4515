/**
 * Checks across collections that a per-file schema cannot make: references
 * that point at nothing, paragraph anchors that an article does not have,
 * and entries whose Markdown failed to render (Astro logs that and carries on
 * with no rendered HTML, which would silently lose the text).
 *
 * Pure: takes plain data, returns problems as "file: field: message" lines.
 */

export interface RenderedEntry {
  id: string;
  filePath?: string | undefined;
  /** False when Astro's render threw: it logs the error and stores the entry without `rendered`. */
  rendered: boolean;
}

interface Ref {
  collection: string;
  id: string;
}

export interface EntryRefs {
  id: string;
  filePath?: string | undefined;
  /** Field path → referenced entry, e.g. ["related[0].article", {collection: 'articles', id}]. */
  refs: Array<[field: string, ref: Ref]>;
  /** Paragraph anchors this entry links to: field path, article id, anchor id. */
  anchors?: Array<[field: string, articleId: string, anchor: string]>;
}

export function findContentProblems(
  rendered: readonly RenderedEntry[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
  referrers: readonly EntryRefs[],
  articleHtml: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const e of rendered) {
    if (!e.rendered) {
      problems.push(`${e.filePath ?? e.id}: body: the Markdown failed to render (see the error above)`);
    }
  }
  for (const r of referrers) {
    const file = r.filePath ?? r.id;
    for (const [field, ref] of r.refs) {
      if (!known[ref.collection]?.has(ref.id)) {
        problems.push(`${file}: ${field}: "${ref.id}" is not in the ${ref.collection} collection`);
      }
    }
    for (const [field, articleId, anchor] of r.anchors ?? []) {
      const html = articleHtml.get(articleId);
      if (html !== undefined && !html.includes(`id="${anchor}"`)) {
        problems.push(`${file}: ${field}: article "${articleId}" has no paragraph #${anchor}`);
      }
    }
  }
  return problems;
}

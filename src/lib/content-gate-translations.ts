/**
 * The content gate's rules for translations (`timeline/ja/x.md`): a
 * translation has its original's file name, names that original in
 * `translationOf`, and the original exists. A translation of nothing would
 * otherwise publish a page no English page leads to.
 */

interface ParsedFile {
  file: { path: string };
  data: Record<string, unknown> | undefined;
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/** Problems of the translations among `parsed`; `originals` are the paths of the original files (`timeline/x.md`). */
export function translationProblems(parsed: readonly ParsedFile[], originals: ReadonlySet<string>): string[] {
  const originalStems = new Set([...originals].map((p) => stem(p)));
  return parsed.flatMap(({ file, data }) => {
    const parts = file.path.split('/');
    if (parts.length !== 3) return [];
    const [collection = '', language = '', name = ''] = parts;
    const id = stem(name);
    const problems: string[] = [];
    if (!originalStems.has(`${collection}/${id}`)) {
      problems.push(
        `${file.path}: translates ${collection}/${id}, which does not exist; a translation has the same file name as its original in content/${collection}/`,
      );
    }
    const named = data?.['translationOf'];
    if (typeof named === 'string' && named !== id) {
      problems.push(
        `${file.path}: translationOf: "${named}" differs from the file name; a ${language} translation of ${collection}/${named} must be named ${collection}/${language}/${named}${name.slice(id.length)}`,
      );
    }
    return problems;
  });
}

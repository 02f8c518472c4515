/**
 * Runs the content gate (src/lib/content-gate.ts) over the content folder and
 * fails with every problem listed. astro.config.mjs calls it first, before
 * the Markdown pipeline reads the glossary and before Astro's loaders read
 * anything, so a broken file is reported as itself and not as a crash in
 * whatever read it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, findGateProblems, type GateFile } from '../lib/content-gate';
import { staleTranslationReport, staleTranslations, translationVersions } from '../lib/translation-status';

/** Is `path` the folder `root` or inside it? Both must be real paths. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Every file under the collection folders, symlinks resolved but never followed out of the folder. */
export function readContentFolder(contentDir: string): GateFile[] {
  const root = realpathSync(contentDir);
  const files: GateFile[] = [];
  const visit = (dir: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path);
        } catch {
          target = undefined;
        }
        if (!target || !isInside(root, target)) {
          files.push({ path: relPath, outside: true });
          continue;
        }
        stat = lstatSync(target);
        // Not followed into folders (loops); a folder is not allowed there anyway.
        if (stat.isDirectory()) {
          files.push({ path: `${relPath}/(linked folder)`, text: '' });
          continue;
        }
      }
      if (stat.isDirectory()) visit(path, relPath);
      else if (stat.isFile()) files.push({ path: relPath, text: readFileSync(path, 'utf8') });
    }
  };
  for (const collection of Object.keys(COLLECTIONS)) visit(join(contentDir, collection), collection);
  return files;
}

/** The problems as one message, paths relative to the content folder; undefined when there are none. */
function contentGateReport(contentDir: string, files: readonly GateFile[]): string | undefined {
  const problems = [...new Set(findGateProblems(files))];
  if (!problems.length) return undefined;
  const shown = contentDir.replace(/^\.\//, '').replace(/\/*$/, '/');
  return `Content errors in ${shown} (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/** SHA-256 of a file's text, as a translation's sourceHash records it (see lib/translation-status). */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The translations whose original changed since they were made, as a build warning; undefined when none. */
export function staleTranslationWarning(files: readonly GateFile[]): string | undefined {
  const texts = new Map(files.flatMap((f) => (f.text === undefined ? [] : [[f.path, f.text] as const])));
  return staleTranslationReport(
    staleTranslations(translationVersions(files), (original) => {
      const text = texts.get(original);
      return text === undefined ? undefined : contentHash(text);
    }),
  );
}

/**
 * Prints the problems and ends the process. Called while Astro loads its
 * config, where a thrown error would be reported as a broken config with a
 * stack trace instead of as what it is. A translation that lags behind its
 * original is a warning, not an error: it is still a faithful translation of
 * the version it names.
 */
export function assertContentGate(contentDir: string): void {
  const files = readContentFolder(contentDir);
  const report = contentGateReport(contentDir, files);
  if (report) {
    console.error(report);
    process.exit(1);
  }
  const warning = staleTranslationWarning(files);
  if (warning) console.warn(warning);
}

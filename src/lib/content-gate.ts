/**
 * Checks on content files as written, before Astro reads them: the mistakes
 * that its loaders and our schemas cannot see, because by then the YAML has
 * already turned `2022-02-30` into 2 March, two files have already become one
 * id, or a symlink has already been followed. Every problem is returned, each
 * naming the file and the line or field, so one build lists them all.
 *
 * Pure: the caller (src/content-gate.ts) walks the folder and passes the
 * files in.
 */
import { slug } from 'github-slugger';
import { isScalar, isMap } from 'yaml';
import { isValidPartialDate } from './dates';
import { nameClashes, type GlossaryTerm } from './glossary';
import { parseContentYaml, splitFrontmatter, walk } from './content-yaml';
import { isTranslationLanguage, TRANSLATION_LANGUAGES } from './i18n/languages';
import { translationProblems } from './content-gate-translations';

export interface GateFile {
  /** Path inside the content folder, with `/`: `articles/x.md`. */
  path: string;
  /** The text; absent when the file must not be read (see `outside`). */
  text?: string;
  /** A symbolic link whose target is outside the content folder. */
  outside?: boolean;
}

export const COLLECTIONS = {
  articles: { ext: /\.md$/, address: '/articles/<name>/' },
  timeline: { ext: /\.md$/, address: '/timeline/<name>/' },
  glossary: { ext: /\.ya?ml$/, address: 'its id' },
  places: { ext: /\.ya?ml$/, address: 'its id' },
  topics: { ext: /\.md$/, address: 'its topic' },
  about: { ext: /^about\/(?:[^/]+\/)?about\.md$/, address: '/about/' },
} as const;
type Collection = keyof typeof COLLECTIONS;

const collectionOf = (path: string): Collection | undefined => {
  const first = path.split('/')[0] ?? '';
  return Object.hasOwn(COLLECTIONS, first) ? (first as Collection) : undefined;
};
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const stem = (path: string) => fileName(path).replace(/\.[^.]+$/, '');
/** The language folder a translation is in (`timeline/ja/x.md` → ja); undefined for an original. */
const languageOf = (path: string): string | undefined => {
  const parts = path.split('/');
  return parts.length === 3 && isTranslationLanguage(parts[1] ?? '') ? parts[1] : undefined;
};
const isOriginal = (path: string) => path.split('/').length === 2;

/**
 * Files in a folder inside a collection (Astro gives them ids with a slash,
 * which our routes cannot take), and files of another type, which Astro
 * would silently leave out. The one folder allowed is a translation
 * language's (`timeline/ja/`). Hidden files (.DS_Store) are left alone.
 */
function layoutProblems(files: readonly GateFile[]): string[] {
  return files.flatMap((f) => {
    const collection = collectionOf(f.path);
    if (!collection || fileName(f.path).startsWith('.')) return [];
    if (isOriginal(f.path) || languageOf(f.path)) {
      if (f.outside || COLLECTIONS[collection].ext.test(f.path)) return [];
      const wanted = COLLECTIONS[collection].ext.source.includes('ya?ml') ? '.yaml' : '.md';
      return [
        `${f.path}: content/${collection}/ reads only ${wanted} files, so this one would be left out without a word; rename or remove it`,
      ];
    }
    const folders = TRANSLATION_LANGUAGES.map((l) => `${collection}/${l}/`).join(', ');
    return [
      `${f.path}: content/${collection}/ takes files only, not folders (each file's name is ${COLLECTIONS[collection].address}), except the translation folders (${folders}) with files only; move it to ${collection}/${fileName(f.path)}`,
    ];
  });
}

/** Symbolic links that lead out of the content folder. Their text is never read, so never printed. */
function symlinkProblems(files: readonly GateFile[]): string[] {
  return files
    .filter((f) => f.outside)
    .map((f) => `${f.path}: is a symbolic link to a file outside the content folder; content must be a file in the repository`);
}

/** Two files that Astro would give the same id (it slugs the name: case and spaces are lost). */
function slugCollisions(files: readonly GateFile[]): string[] {
  const byId = new Map<string, string[]>();
  for (const f of files) {
    const collection = collectionOf(f.path);
    if (!collection || !COLLECTIONS[collection].ext.test(f.path)) continue;
    const key = `${f.path.slice(0, f.path.lastIndexOf('/'))}/${slug(stem(f.path))}`;
    byId.set(key, [...(byId.get(key) ?? []), f.path]);
  }
  return [...byId.entries()]
    .filter(([, paths]) => paths.length > 1)
    .map(
      ([key, paths]) =>
        `${paths.join(' and ')}: these names give the same id "${key.slice(key.lastIndexOf('/') + 1)}", so one would replace the other; rename one (lower case, hyphens, no spaces)`,
    );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_KEYS = new Set(['published', 'updated', 'date', 'endDate']);

interface Parsed {
  file: GateFile;
  collection: Collection;
  data: Record<string, unknown> | undefined;
  problems: string[];
}

/** Parses each file's YAML (front matter for Markdown), checking syntax, aliases and dates as written. */
function parseAll(files: readonly GateFile[]): Parsed[] {
  const out: Parsed[] = [];
  for (const file of files) {
    const collection = collectionOf(file.path);
    if (!collection || file.text === undefined || !COLLECTIONS[collection].ext.test(file.path)) continue;
    const markdown = collection === 'articles' || collection === 'timeline' || collection === 'topics' || collection === 'about';
    const front = markdown ? splitFrontmatter(file.text) : { yaml: file.text, firstLine: 1 };
    if (!front) {
      out.push({
        file,
        collection,
        data: undefined,
        problems: [`${file.path}:1: no front matter (the file must start with a line "---")`],
      });
      continue;
    }
    const parsed = parseContentYaml(front.yaml, front.firstLine);
    const problems = parsed.problems.map((p) => `${file.path}:${p.line}: ${p.message}`);
    if (!problems.length) {
      walk(parsed.document.contents, (node, path) => {
        const key = path[path.length - 1];
        if (!isScalar(node) || typeof key !== 'string' || !DATE_KEYS.has(key) || !node.range) return;
        // A date anywhere but an article, and a source's date, may be YYYY or YYYY-MM.
        const partial = key === 'date' && (collection !== 'articles' || path.includes('sources'));
        const written = front.yaml
          .slice(node.range[0], node.range[1])
          .trim()
          .replace(/^(['"])(.*)\1$/, '$2');
        const field = path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
        const line = parsed.lineOf(node.range[0]);
        const shape = partial ? PARTIAL : DAY;
        if (!shape.test(written)) {
          problems.push(
            `${file.path}:${line}: ${field}: "${written}" is not a date written ${partial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD'}`,
          );
        } else if (!isValidPartialDate(written)) {
          problems.push(`${file.path}:${line}: ${field}: "${written}" is not a real calendar date`);
        }
      });
    }
    const data =
      isMap(parsed.document.contents) && parsed.data && typeof parsed.data === 'object'
        ? (parsed.data as Record<string, unknown>)
        : undefined;
    if (!problems.length && !data) problems.push(`${file.path}:${front.firstLine}: expected fields (name: value), found none`);
    out.push({ file, collection, data, problems });
  }
  return out;
}

/** At most one article may be the home page's lead. */
function leadProblems(parsed: readonly Pick<Parsed, 'file' | 'collection' | 'data'>[]): string[] {
  const leads = parsed
    .filter((p) => p.collection === 'articles' && isOriginal(p.file.path) && p.data?.['lead'] === true)
    .map((p) => p.file.path);
  return leads.length > 1
    ? [`${leads.join(', ')}: lead: more than one article has lead: true; the home page has one lead, so keep it on one`]
    : [];
}

/** An event's file name starts with its date: `1993-10-13-tokyo-declaration.md` has date "1993-10-13". */
function eventNameProblems(parsed: readonly Pick<Parsed, 'file' | 'collection' | 'data'>[]): string[] {
  return parsed.flatMap((p) => {
    if (p.collection !== 'timeline' || !isOriginal(p.file.path) || !p.data) return [];
    const date = p.data['date'];
    if (typeof date !== 'string') return [];
    if (fileName(p.file.path).startsWith(`${date}-`)) return [];
    const named = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-/.exec(fileName(p.file.path))?.[1];
    return [
      named
        ? `${p.file.path}: date: "${date}" differs from the date in the file name (${named}); the file name must start with the event's date`
        : `${p.file.path}: the file name must start with the event's date ("${date}-…md")`,
    ];
  });
}

/** Glossary names shared by two entries of one language, blamed on those entries' files. */
function glossaryClashes(parsed: readonly Pick<Parsed, 'file' | 'collection' | 'data'>[], language?: string): string[] {
  const terms: Array<GlossaryTerm & { path: string }> = parsed.flatMap((p) => {
    if (p.collection !== 'glossary' || languageOf(p.file.path) !== language) return [];
    if (!p.data || typeof p.data['term'] !== 'string') return [];
    const aliases = Array.isArray(p.data['aliases']) ? p.data['aliases'].filter((a): a is string => typeof a === 'string') : [];
    return [{ id: stem(p.file.path), path: p.file.path, term: p.data['term'], aliases, definition: '' }];
  });
  const pathOf = new Map(terms.map((t) => [t.id, t.path]));
  // nameClashes names the ids; put the files in their place.
  return nameClashes(terms).map((message) => {
    const cut = message.lastIndexOf(': ');
    const text = message.slice(0, cut);
    const ids = message.slice(cut + 2);
    const paths = ids.split(', ').map((id) => pathOf.get(id) ?? id);
    return `${paths.join(' and ')}: term/aliases: ${text} (${paths.join(', ')}); each name may belong to one entry`;
  });
}

/** Every problem in the content folder, in a stable order. */
export function findGateProblems(files: readonly GateFile[]): string[] {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const parsed = parseAll(sorted.filter((f) => !f.outside));
  return [
    ...symlinkProblems(sorted),
    ...layoutProblems(sorted),
    ...slugCollisions(sorted),
    ...parsed.flatMap((p) => p.problems),
    ...leadProblems(parsed),
    ...eventNameProblems(parsed),
    ...glossaryClashes(parsed),
    ...TRANSLATION_LANGUAGES.flatMap((l) => glossaryClashes(parsed, l)),
    ...translationProblems(
      parsed.filter((p) => languageOf(p.file.path)),
      new Set(sorted.filter((f) => isOriginal(f.path)).map((f) => f.path)),
    ),
  ];
}

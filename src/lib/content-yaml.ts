/**
 * Reads YAML written by editors (front matter and .yaml content files) the
 * safe way: syntax errors come back as "line N: message" for the content
 * file, never as a stack inside the yaml package and never with a quoted
 * excerpt of the source (the file may not be what it claims to be); aliases
 * are refused outright, since content never needs them and a few nested
 * ones expand to gigabytes (an "alias bomb").
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

interface YamlProblem {
  line: number;
  message: string;
}

export interface ParsedYaml {
  /** The YAML as plain data; undefined when there were problems. */
  data: unknown;
  problems: YamlProblem[];
  /** The parsed document, for callers that need the text as written (dates). */
  document: Document.Parsed;
  /** 1-based line of a character offset in the YAML text. */
  lineOf: (offset: number) => number;
}

/** Parses YAML text; `firstLine` is the line of the file the text starts on (2 for front matter). */
export function parseContentYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // An error found at the end of the text (an unclosed bracket) is blamed on its last line, not the one after.
  const lastLine = text.replace(/\r?\n$/, '').split('\n').length + firstLine - 1;
  const lineOf = (offset: number) => Math.min(counter.linePos(offset).line + firstLine - 1, lastLine);
  const problems: YamlProblem[] = document.errors.map((e) => ({
    line: lineOf(e.pos[0]),
    // The first line only: later lines quote the source.
    message: `YAML syntax error: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
  walk(document.contents, (node) => {
    if (isAlias(node)) {
      problems.push({
        line: lineOf(node.range?.[0] ?? 0),
        message: `YAML aliases (*${node.source}) are not allowed in content; write the value out`,
      });
    }
  });
  return { data: problems.length ? undefined : document.toJS({ maxAliasCount: 0 }), problems, document, lineOf };
}

/** Visits every node of a YAML tree, keys included. */
export function walk(node: unknown, visit: (node: Node, path: readonly (string | number)[]) => void, path: (string | number)[] = []): void {
  if (!node || typeof node !== 'object') return;
  if (isMap(node)) {
    visit(node, path);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      walk(pair.key, visit, path);
      walk(pair.value, visit, [...path, key]);
    }
  } else if (isSeq(node)) {
    visit(node, path);
    node.items.forEach((item, i) => walk(item, visit, [...path, i]));
  } else if (isScalar(node) || isAlias(node)) {
    visit(node, path);
  }
}

export interface Frontmatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** The Markdown after them. */
  body: string;
  /** Line of the file the YAML starts on. */
  firstLine: number;
}

/** Splits a Markdown file into front matter and body; undefined when it has no front matter. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), firstLine: 2 };
}

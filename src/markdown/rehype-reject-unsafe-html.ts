/**
 * Content is trusted to be text, not code. Every element of the document,
 * whether written as Markdown or as raw HTML, is compared with what
 * hast-util-sanitize would keep under the site's allowlist
 * (content-html-schema.ts); if sanitising would remove or change anything,
 * the build fails naming the line, the element and the attribute, with the
 * reason where there is a specific one.
 *
 * We reject rather than sanitise because a silently stripped element is lost
 * text or a broken page that nobody notices; a failed build is noticed.
 *
 * It runs after rehype-raw, on the tree the browser will get: raw HTML is
 * parsed by parse5 exactly as the page is served, and anything parse5 turns
 * into an element (including whatever hides in <noscript>, <template> or a
 * mangled attribute) is either on the allowlist or an error. What our own
 * directives add is on the allowlist by class; the islands map is inserted
 * after this check (rehype-islands-map).
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { bodyLineOffset } from './file-lines';
import {
  ATTRIBUTE_REASONS,
  CLOBBER_PREFIX,
  CLOBBER_PROPERTIES,
  CONTENT_HTML_SCHEMA,
  ELEMENT_REASONS,
  GENERATED_IDS,
  SITE_ONLY_URL_ATTRIBUTES,
  URL_ATTRIBUTES,
} from './content-html-schema';

export interface UnsafeHtmlProblem {
  /** The offending node, for its position. */
  node: Element | RootContent;
  message: string;
}

// Ancestor rules are checked here, against the real ancestors, since each
// element is sanitised on its own (sanitize fills unset keys from its
// default schema, hence the explicit empty object).
const ANCESTORS = CONTENT_HTML_SCHEMA.ancestors ?? {};
const SHALLOW_SCHEMA = { ...CONTENT_HTML_SCHEMA, ancestors: {} };

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function show(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return escaped;
}

/** A path on this site (`/x.svg`, `images/x.png`, `#a`), not another host and not a scheme. */
function isSitePath(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  // Browsers read `//host`, `\\host` and `/\host` as another host.
  return !/^[/\\]{2}/.test(url);
}

// Browsers drop tabs and newlines from URLs and strip leading controls and
// spaces, so "jav&#x09;ascript:" still runs; such characters are never needed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_IN_URL = /[\u0000-\u001F\u007F]/;

function propertyProblem(tag: string, key: string, value: unknown, kept: Properties): string | undefined {
  const attr = attributeName(key);
  const what = `the attribute ${attr}=${show(value)} on <${tag}>`;
  if (/^on/i.test(attr)) return `the event-handler attribute "${attr}" on <${tag}> is not allowed in content: it runs code`;
  if (URL_ATTRIBUTES.includes(key) && typeof value === 'string') {
    if (HIDDEN_IN_URL.test(value)) {
      return `${what} contains a tab, newline or control character, which browsers remove (so "jav\\tascript:" is javascript:); write the address without it`;
    }
    if (SITE_ONLY_URL_ATTRIBUTES.includes(key) && !isSitePath(value.trim())) {
      return /^\s*(https?:)?[/\\]{2}/i.test(value)
        ? `${what} loads a remote file, which the Content Security Policy blocks and which tells another site who reads the page; put the file in the repository (public/) and use its site path`
        : `${what} uses a scheme that is not allowed; use a file in the repository and its site path`;
    }
  }
  if (CLOBBER_PROPERTIES.includes(key)) {
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    const bad = values.find((v) => !v.startsWith(CLOBBER_PREFIX) && !GENERATED_IDS.has(v));
    if (bad !== undefined && key in kept) {
      return `${what} could stand in for a property the page's scripts read (DOM clobbering, e.g. name="createElement"); ids and names in content must start with "${CLOBBER_PREFIX}"`;
    }
  }
  if (!(key in kept)) {
    if (ATTRIBUTE_REASONS[key]) return `${what} is not allowed: ${ATTRIBUTE_REASONS[key]}`;
    if (typeof value === 'string' && SHALLOW_SCHEMA.protocols?.[key]) {
      return `${what} uses a scheme that is not allowed (use http:, https:, mailto: or a site path)`;
    }
    return `${what} is not allowed in content (allowed attributes are listed in src/markdown/content-html-schema.ts)`;
  }
  if (!CLOBBER_PROPERTIES.includes(key) && JSON.stringify(kept[key]) !== JSON.stringify(value)) {
    const keptValues = new Set((Array.isArray(kept[key]) ? kept[key] : [kept[key]]).map(String));
    const dropped = (Array.isArray(value) ? value : [value]).map(String).filter((v) => !keptValues.has(v));
    const reason = ATTRIBUTE_REASONS[key] ? `: ${ATTRIBUTE_REASONS[key]}` : '';
    return `${attr}=${show(dropped)} on <${tag}> is not allowed${reason}`;
  }
  return undefined;
}

function elementProblems(node: Element, stack: readonly string[]): { problems: string[]; allowed: boolean } {
  const tag = node.tagName;
  const needs = ANCESTORS[tag];
  if (needs && !needs.some((a) => stack.includes(a))) {
    return { problems: [`<${tag}> is only allowed inside <${needs.join('> or <')}>`], allowed: false };
  }
  const shallow: Element = { type: 'element', tagName: tag, properties: node.properties, children: [] };
  const kept = sanitize(shallow, SHALLOW_SCHEMA);
  if (kept.type !== 'element') {
    const reason = ELEMENT_REASONS[tag];
    return {
      problems: [
        reason
          ? `<${tag}> is not allowed in content: ${reason}`
          : `<${tag}> is not allowed in content (allowed elements are listed in src/markdown/content-html-schema.ts)`,
      ],
      allowed: false,
    };
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null) continue;
    const problem = propertyProblem(tag, key, value, kept.properties);
    if (problem) problems.push(problem);
  }
  return { problems, allowed: true };
}

/** Every problem in the tree, in document order. Pure: the tree is not changed. */
function findUnsafeHtml(tree: Root): UnsafeHtmlProblem[] {
  const found: UnsafeHtmlProblem[] = [];
  const walk = (nodes: readonly (RootContent | ElementContent)[], stack: string[]) => {
    for (const node of nodes) {
      if (node.type === 'raw') {
        found.push({ node, message: 'raw HTML that was not parsed is not allowed here' });
      } else if (node.type === 'doctype') {
        found.push({ node, message: 'a <!doctype> is not allowed in content' });
      } else if (node.type === 'element') {
        const { problems, allowed } = elementProblems(node, stack);
        for (const message of problems) found.push({ node, message });
        // The children of a refused element are not reported one by one.
        if (allowed) walk(node.children, [...stack, node.tagName]);
      }
    }
  };
  walk(tree.children, []);
  return found;
}

function where(node: { position?: { start: { line: number; column: number } } | undefined }, offset: number): string {
  const start = node.position?.start;
  return start ? `line ${start.line + offset}:${start.column}: ` : '';
}

export default function rehypeRejectUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    const problems = findUnsafeHtml(tree);
    const first = problems[0];
    if (!first) return;
    const offset = bodyLineOffset(file);
    const list = problems.map((p) => `${where(p.node, offset)}${p.message}`);
    const message =
      problems.length === 1 ? `Unsafe HTML: ${list[0]}` : `Unsafe HTML (${problems.length} problems):\n  - ${list.join('\n  - ')}`;
    file.fail(message, first.node);
  };
}

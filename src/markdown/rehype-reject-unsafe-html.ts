/**
 * Content is trusted to be text, not code. Raw HTML in Markdown may add
 * harmless markup (<abbr>, <sup>, <br>), but anything that could run script
 * fails the build with the file and line: <script>, <iframe>, <object>,
 * <embed>, <form>, <style>, <base>, <meta>, on* event-handler attributes,
 * and javascript:, vbscript: or data: URLs in links and sources.
 *
 * We reject rather than sanitise because a silently stripped element is lost
 * text or a broken page that nobody notices; a failed build is noticed.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link', 'frame', 'frameset', 'applet']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref'];
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Why an element is unsafe, or undefined if it is fine. */
export function unsafeReason(node: Element): string | undefined {
  if (FORBIDDEN_ELEMENTS.has(node.tagName)) return `<${node.tagName}> is not allowed in content`;
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) return `the event-handler attribute "${name.toLowerCase()}" on <${node.tagName}> is not allowed in content`;
    if (URL_PROPERTIES.includes(name) && typeof value === 'string' && UNSAFE_URL.test(value)) {
      return `the ${name} "${value.slice(0, 40)}" on <${node.tagName}> uses a scheme that is not allowed (use http:, https:, mailto: or a site path)`;
    }
  }
  return undefined;
}

export default function rehypeRejectUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const reason = unsafeReason(node);
      if (reason) file.fail(`Unsafe HTML: ${reason}`, node);
    });
  };
}

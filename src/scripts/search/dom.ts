/** Building the search interface with DOM calls, never innerHTML: text stays text. */
import { excerptParts } from '../../lib/search/query';
import { templateParts } from '../../lib/search/text';

type Attrs = Record<string, string | boolean | undefined>;

/** createElement with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Excerpt HTML from Pagefind as text nodes and <mark> elements. */
export function excerptNodes(html: string): Node[] {
  return excerptParts(html).map((p) => (p.mark ? h('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** A filter list's options: "all", then the values (and the current value, even if the index lacks it), with the current one selected. */
export function fillSelect(select: HTMLSelectElement, allLabel: string, values: readonly string[], current: string): void {
  select.replaceChildren(h('option', { value: '' }, allLabel));
  for (const v of new Set([...values, ...(current ? [current] : [])])) select.append(h('option', { value: v }, v));
  select.value = current;
}

/** A dictionary sentence with elements (links, code) where its `{name}` placeholders are. */
export function fillNodes(template: string, values: Readonly<Record<string, Node | string>>): Array<Node | string> {
  return templateParts(template).map((p) => (typeof p === 'string' ? p : (values[p.name] ?? `{${p.name}}`)));
}

/** A link from the search interface; one to an English page from another edition says so with `hreflang`. */
export function pageLink(link: { href: string; en?: true }, text: string): HTMLAnchorElement {
  return h('a', { href: link.href, hreflang: link.en ? 'en' : undefined }, text);
}

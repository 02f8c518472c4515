/** Tiny helpers for writing SVG/HTML as strings at build time. */

/** Escapes text and attribute values for HTML and inline SVG. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Attrs = Record<string, string | number | undefined | false>;

/** `name="value"` pairs, skipping undefined and false values. */
function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** An element with already-serialised children (pass text through escapeXml first). */
export function el(tag: string, attributes: Attrs = {}, ...children: string[]): string {
  return `<${tag}${attrs(attributes)}>${children.join('')}</${tag}>`;
}

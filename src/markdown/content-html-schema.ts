/**
 * What HTML content may contain: an allowlist, hast-util-sanitize's default
 * schema (GitHub's) narrowed to what this site can serve under its Content
 * Security Policy, plus the exact elements and classes that Markdown and our
 * own directives generate (footnotes, callouts, :sic, glossary links).
 *
 * rehype-reject-unsafe-html compares every element with what this schema
 * would keep and fails the build on any difference, so anything not listed
 * here is an error, never silently removed.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

type AttributeList = NonNullable<Schema['attributes']>[string];

/** GitHub's elements (its only form control is the task-list checkbox), plus ours and a few harmless ones. */
const TAG_NAMES = [
  ...(defaultSchema.tagNames ?? []),
  // remark-callouts renders boxes as <aside>; remark-glossary wraps terms in <gloss-term>.
  'aside',
  'gloss-term',
  // Harmless phrasing elements an editor may want.
  'abbr',
  'cite',
  'dfn',
  'mark',
  'small',
  'time',
  'u',
  'wbr',
  'figure',
  'figcaption',
  'caption',
  'col',
  'colgroup',
];

/**
 * GitHub's global attributes without those that do nothing without forms or
 * that let content take over the page's keyboard (accessKey, tabIndex).
 */
const GLOBAL_DROP = new Set([
  'accept',
  'acceptCharset',
  'accessKey',
  'action',
  'encType',
  'method',
  'tabIndex',
  'prompt',
  'value',
  'checked',
  'selected',
  'multiple',
  'readOnly',
  'maxLength',
  'size',
  'cols',
  'rows',
]);
const GLOBAL: AttributeList = [
  ...(defaultSchema.attributes?.['*'] ?? []).filter((a) => !GLOBAL_DROP.has(typeof a === 'string' ? a : a[0])),
];

const CALLOUT_CLASSES = ['callout', 'callout--note', 'callout--correction', 'callout--context'];

export const CONTENT_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: TAG_NAMES,
  // Unknown elements are not unwrapped: the check reports them instead.
  strip: [],
  allowComments: true,
  attributes: {
    ...defaultSchema.attributes,
    '*': GLOBAL,
    a: [
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref', 'gloss-term__link'],
      'href',
    ],
    // GitHub's img allows remote src; ours must be a file in the repository (see SITE_ONLY_URL_ATTRIBUTES).
    img: ['ariaLabel', 'ariaDescribedBy', 'src', 'loading', 'decoding'],
    // GFM task lists.
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    // Markdown's footnote heading.
    h2: [['className', 'footnotes__title']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Our directives' output.
    aside: [['className', ...CALLOUT_CLASSES], 'ariaLabel'],
    p: [['className', 'callout__title']],
    span: [['className', 'sic', 'editorial', 'gloss-term__popup'], 'hidden', 'dataPagefindIgnore', 'dataName'],
    'gloss-term': ['dataTerm'],
    time: ['dateTime'],
    // <source srcset> loads whatever the browser picks: not allowed (see REASONS).
    source: [],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    // Relative only: checked by SITE_ONLY_URL_ATTRIBUTES as well, since a
    // scheme-less `//host/x.png` is relative to sanitize but remote to a browser.
    src: ['none-allowed'],
    longDesc: ['none-allowed'],
  },
};

/** Prefix every id and name in content must carry so it cannot shadow a property scripts read (DOM clobbering). */
export const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';
export const CLOBBER_PROPERTIES: readonly string[] = defaultSchema.clobber ?? ['id', 'name'];
/** Ids that Markdown itself generates without the prefix (the footnotes heading). */
export const GENERATED_IDS: ReadonlySet<string> = new Set(['footnote-label']);

/** Attributes that load a file: only a path on this site will do. */
export const SITE_ONLY_URL_ATTRIBUTES: readonly string[] = ['src', 'longDesc', 'poster', 'data'];
/** Attributes that are URLs and so are checked for hidden control characters. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite', 'longDesc', 'poster', 'data', 'action', 'formAction', 'xLinkHref'];

const SCRIPT = 'it could run code';
const PARSED_DIFFERENTLY =
  'browsers parse its content differently from the build (scripting on, other parsing rules), so what the build checks is not what readers get';
const EMBED = 'it embeds another document or site, which the Content Security Policy blocks and which could run code';

/** Why an element is refused, where a better reason than "not allowed" exists. */
export const ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: SCRIPT,
  style: 'inline styles are blocked by the Content Security Policy; the site stylesheet styles content',
  link: 'it loads another file',
  meta: 'it can redirect the page (http-equiv="refresh"), which the Content Security Policy does not stop',
  base: 'it changes where every link on the page goes',
  noscript: PARSED_DIFFERENTLY,
  template: PARSED_DIFFERENTLY,
  xmp: PARSED_DIFFERENTLY,
  noembed: PARSED_DIFFERENTLY,
  noframes: PARSED_DIFFERENTLY,
  plaintext: 'it turns the rest of the page into visible source code',
  listing: PARSED_DIFFERENTLY,
  textarea: PARSED_DIFFERENTLY,
  title: PARSED_DIFFERENTLY,
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  portal: EMBED,
  form: 'forms send readers’ input elsewhere',
  svg: 'inline SVG can animate attributes (<animate>, <set>) into script links and load remote files (<use href>); put the image in the repository and write ![description](/path.svg)',
  math: 'MathML can carry links and parsing tricks; use text or an image file',
  video: 'media must be files in the repository, and players are not styled for content',
  audio: 'media must be files in the repository, and players are not styled for content',
};

/** Why an attribute is refused, where a better reason than "not allowed" exists. */
export const ATTRIBUTE_REASONS: Readonly<Record<string, string>> = {
  style: 'inline styles are blocked by the Content Security Policy',
  srcSet: 'the browser picks the file to load, so the build cannot check it; use a single src with a file in the repository',
  ping: 'it sends a request to another address when the link is followed; the site makes no requests to other origins',
  className: 'only the classes the site’s own Markdown extensions produce are allowed; content is styled by the site stylesheet',
  target: 'links open in the same tab on this site (and target without rel="noopener" lets the other page control this one)',
  xLinkHref: 'SVG links are not allowed in content',
  formAction: 'forms are not allowed in content',
};

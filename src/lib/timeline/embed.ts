/**
 * The timeline embed: its message to the host page and the iframe code the
 * "Embed" dialog offers. Every value in the code is escaped as an attribute
 * (entities), so a title or URL can never become markup in someone else's
 * page. Built as a string, not as elements of our page: the code's style
 * attribute is for the host, and our own CSP would refuse it here.
 */
import { escapeAttribute } from 'entities';

/** `type` of the message the embed posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'jrr-timeline:height';

export const EMBED_PATH = '/timeline/embed/';
export const EMBED_HOST_SCRIPT = '/timeline-embed.js';
/** Height of the iframe before (or without) the host script: the chart, its controls and the start of the list. */
export const EMBED_DEFAULT_HEIGHT = 720;

export interface EmbedCode {
  /** Absolute URL of the embed, with the view's parameters. */
  src: string;
  /** Absolute URL of the optional host script. */
  hostScript: string;
  title: string;
}

/** The HTML a newsroom pastes: the iframe, and the optional resizing script. */
export function embedCode({ src, hostScript, title }: EmbedCode): string {
  const attrs = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`)).join('');
  const iframe = attrs([
    ['src', src],
    ['title', title],
    ['height', String(EMBED_DEFAULT_HEIGHT)],
    ['style', 'border:0;width:100%'],
    ['loading', 'lazy'],
    ['data-jrr-timeline', ''],
  ]);
  return `<iframe${iframe}></iframe>\n<script${attrs([
    ['src', hostScript],
    ['async', ''],
  ])}></script>`;
}

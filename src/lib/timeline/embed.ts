/**
 * The timeline embed: its message to the host page and the iframe code the
 * "Embed" dialog offers. The iframe code is built as a tree (hast), so a
 * title or URL can never become markup in someone else's page.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

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
  const iframe = h('iframe', {
    src,
    title,
    height: EMBED_DEFAULT_HEIGHT,
    style: 'border:0;width:100%',
    loading: 'lazy',
    dataJrrTimeline: '',
  });
  return `${toHtml(iframe)}\n${toHtml(h('script', { src: hostScript, async: true }))}`;
}

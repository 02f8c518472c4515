/**
 * The embed's side of the resizing handshake: whenever the page's height
 * changes it tells the embedding page, with
 *   { type: 'jrr-timeline:height', height: <CSS pixels> }
 * posted to `window.parent`. public/timeline-embed.js, the optional host
 * script, sets the iframe's height from it; without that script the iframe
 * keeps the height its embed code gives it and scrolls.
 */
import { EMBED_HEIGHT_MESSAGE } from '../lib/timeline/embed';

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

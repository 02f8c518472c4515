/**
 * <timeline-share>: "Copy link to this view" (wired by timeline-view.ts, which
 * owns the URL) and the "Embed" dialog: the iframe code for the view in the
 * address bar, a copy button and a live preview. Its words are the element's data-* attributes (TimelineShare.astro).
 */
import { embedCode } from '../lib/timeline/embed';

class TimelineShare extends HTMLElement {
  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-embed-open]');
    const dialog = this.querySelector('dialog');
    const code = this.querySelector('textarea');
    const copy = this.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const status = this.querySelector<HTMLElement>('[data-embed-status]');
    const preview = this.querySelector('iframe');
    const embedPath = this.dataset['embedPath'];
    const hostScript = this.dataset['hostScript'];
    if (!open || !dialog || !code || !copy || !status || !preview || !embedPath || !hostScript) return;

    open.hidden = false;
    open.addEventListener('click', () => {
      // The view is what the address bar holds (timeline-view.ts keeps it current).
      const src = new URL(`${embedPath}${location.search}`, location.href).href;
      code.value = embedCode({ src, hostScript: new URL(hostScript, location.href).href, title: this.dataset['embedTitle'] ?? '' });
      status.textContent = '';
      if (preview.src !== src) preview.src = src;
      dialog.showModal();
      code.focus();
      code.select();
    });
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(code.value).then(
        () => (status.textContent = this.dataset['copied'] ?? ''),
        () => {
          code.focus();
          code.select();
          status.textContent = this.dataset['blocked'] ?? '';
        },
      );
    });
  }
}

customElements.define('timeline-share', TimelineShare);

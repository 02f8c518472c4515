/**
 * The details panel beside the chart, filled from the event's server-rendered
 * <template id="tl-detail-<id>">, and the #<event-id> in the address that
 * names the open event.
 */
export interface DetailsPanel {
  readonly open: boolean;
  /** Shows the event's details; false when the page has no details for it. */
  show(id: string, category: string, options: { moveFocus: boolean }): boolean;
  hide(): void;
}

/**
 * `writeHash: false` where the page's URL is written elsewhere (timeline-view.ts writes ?event=…); `keepInView`
 * is the chart, which opening the panel must not scroll off screen; `onClose` runs on Escape or the close button.
 */
export function detailsPanel(
  panel: HTMLElement,
  body: HTMLElement,
  reducedMotion: MediaQueryList,
  { writeHash, keepInView, onClose }: { writeHash: boolean; keepInView: Element; onClose: () => void },
): DetailsPanel {
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  });
  panel.querySelector('.tl__close')?.addEventListener('click', onClose);
  return {
    get open() {
      return !panel.hidden;
    },
    show(id, category, { moveFocus }) {
      const template = document.getElementById(`tl-detail-${id}`);
      if (!(template instanceof HTMLTemplateElement)) return false;
      body.replaceChildren(template.content.cloneNode(true));
      panel.dataset['category'] = category;
      panel.hidden = false;
      if (writeHash && location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);
      if (moveFocus) body.querySelector<HTMLElement>('.tl-details__title')?.focus({ preventScroll: true });
      // Scroll the panel up into view, but never so far that the chart's top leaves the screen.
      const below = panel.getBoundingClientRect().bottom - innerHeight;
      const chartTop = keepInView.getBoundingClientRect().top;
      if (below > 0 && chartTop > 0) scrollBy({ top: Math.min(below, chartTop), behavior: reducedMotion.matches ? 'auto' : 'smooth' });
      return true;
    },
    hide() {
      panel.hidden = true;
      body.replaceChildren();
      if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    },
  };
}

/** The event id in the address (`/timeline/#<id>`), if there is one. */
export function eventIdFromHash(): string {
  return decodeURIComponent(location.hash.slice(1));
}
